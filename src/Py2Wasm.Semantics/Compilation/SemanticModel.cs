using System.Collections.Concurrent;
using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>The symbol an expression refers to.</summary>
public readonly record struct SymbolInfo(PySymbol? Symbol);

/// <summary>The inferred type of an expression: its Python type and the Rust representation it gets.</summary>
public readonly record struct TypeInfo(PyType Type)
{
    /// <summary>The Rust representation (<c>Obj</c> when the type is imprecise).</summary>
    public string RustType => Type.RustType;
}

/// <summary>Symbols of one compilation, created once and shared by its semantic models (thread-safe).</summary>
internal sealed class SemanticFacts
{
    private readonly PythonCompilation _compilation;
    private readonly ConcurrentDictionary<object, PySymbol> _symbols = new();

    private readonly Lazy<ProgramInference> _inference;

    public SemanticFacts(PythonCompilation compilation)
    {
        _compilation = compilation;
        _inference = new Lazy<ProgramInference>(() => ProgramInference.Run(this, _compilation.SyntaxTrees), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private ILookup<ClassSymbol, ClassSymbol>? _subclasses;

    /// <summary>The program's classes that have <paramref name="cls"/> in their MRO (itself excluded).</summary>
    public IEnumerable<ClassSymbol> Subclasses(ClassSymbol cls)
    {
        var lookup = LazyInitializer.EnsureInitialized(ref _subclasses, () =>
            _compilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDefinitionSyntax>())
                .Select(ClassFor)
                .SelectMany(c => c.Mro.Skip(1).Select(b => (Base: b, Derived: c)))
                .ToLookup(p => p.Base, p => p.Derived));
        return lookup[cls];
    }

    private readonly ConcurrentDictionary<SyntaxNode, ControlFlowGraph> _graphs = new();

    /// <summary>The control-flow graph of a module, class body, function or lambda (built once).</summary>
    public ControlFlowGraph Graph(SyntaxNode owner) => _graphs.GetOrAdd(owner, static o => ControlFlowGraph.Create(o));

    /// <summary>Whole-program inference, run once on first use.</summary>
    public ProgramInference Inference => _inference.Value;

    /// <summary>The evaluator over the whole-program fixed point.</summary>
    public TypeEvaluator Types => Inference.Final;

    public SymbolTable Table(SyntaxNode node) => _compilation.GetSymbolTable(node.SyntaxTree);

    /// <summary>The symbol for the owner entry of a name: a def, a class, a parameter or a variable.</summary>
    public PySymbol SymbolFor(ScopeSymbol entry)
    {
        if (entry.Declarations.Count == 1)
        {
            switch (entry.Declarations[0])
            {
                case FunctionDefinitionSyntax def:
                    return FunctionFor(def);
                case ClassDefinitionSyntax cls:
                    return ClassFor(cls);
                case ParameterSyntax p when entry.IsParameter:
                    return ParameterFor(p);
            }
        }
        if (entry.IsParameter && entry.Declarations.OfType<ParameterSyntax>().FirstOrDefault() is { } param)
        {
            return ParameterFor(param);
        }
        return _symbols.GetOrAdd(entry, e => new VariableSymbol((ScopeSymbol)e));
    }

    public FunctionSymbol FunctionFor(SyntaxNode node) =>
        (FunctionSymbol)_symbols.GetOrAdd(node, _ =>
        {
            var n = node;
            var table = Table(n);
            var body = table.GetScopeOpenedBy(n)!;
            var containing = body.Parent!;
            while (containing.Kind == ScopeKind.TypeParameters)
            {
                containing = containing.Parent!;
            }
            var list = n is FunctionDefinitionSyntax d ? d.ParameterList : ((LambdaExpressionSyntax)n).ParameterList;
            var parameters = ImmutableArray.CreateBuilder<ParameterSymbol>();
            foreach (var p in list.Parameters)
            {
                if (p.Kind != SyntaxKind.SlashParameter && !p.Name.IsNone)
                {
                    parameters.Add(ParameterFor(p));
                }
            }
            var name = n is FunctionDefinitionSyntax def ? ScopeBinder.NameOf(def.Name) : "lambda";
            return new FunctionSymbol(name, containing, body, n, parameters.ToImmutable());
        });

    public ClassSymbol ClassFor(ClassDefinitionSyntax node) =>
        (ClassSymbol)_symbols.GetOrAdd(node, n =>
        {
            var table = Table(node);
            var body = table.GetScopeOpenedBy(node)!;
            var containing = body.Parent!;
            while (containing.Kind == ScopeKind.TypeParameters)
            {
                containing = containing.Parent!;
            }
            return new ClassSymbol(ScopeBinder.NameOf(node.Name), containing, body, node, this);
        });

    public ParameterSymbol ParameterFor(ParameterSyntax p) =>
        (ParameterSymbol)_symbols.GetOrAdd(p, n =>
        {
            var list = p.Ancestors().OfType<ParameterListSyntax>().First();
            var owner = list.Parent!;
            var scope = Table(p).GetScopeOpenedBy(owner)!;
            ParameterKind kind = ParameterKind.PositionalOrKeyword;
            bool sawSlash = list.Parameters.Any(x => x.Kind == SyntaxKind.SlashParameter);
            bool beforeSlash = sawSlash;
            bool afterStar = false;
            int ordinal = 0, index = 0;
            foreach (var x in list.Parameters)
            {
                if (x.Kind == SyntaxKind.SlashParameter)
                {
                    beforeSlash = false;
                    continue;
                }
                if (ReferenceEquals(x, p))
                {
                    kind = x.Kind switch
                    {
                        SyntaxKind.StarParameter => ParameterKind.VarPositional,
                        SyntaxKind.DoubleStarParameter => ParameterKind.VarKeyword,
                        _ when afterStar => ParameterKind.KeywordOnly,
                        _ when beforeSlash => ParameterKind.PositionalOnly,
                        _ => ParameterKind.PositionalOrKeyword,
                    };
                    ordinal = index;
                }
                if (x.Kind == SyntaxKind.StarParameter)
                {
                    afterStar = true;
                }
                if (!x.Name.IsNone)
                {
                    index++;
                }
            }
            var name = ScopeBinder.Mangle(PrivateNameOf(scope), ScopeBinder.NameOf(p.Name));
            return new ParameterSymbol(name, scope, p, kind, ordinal);
        });

    private static string? PrivateNameOf(Scope scope)
    {
        for (var s = scope.Parent; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class)
            {
                return s.Name;
            }
        }
        return null;
    }

    public ModuleSymbol ModuleFor(PythonSyntaxTree tree) => _compilation.GetModule(tree);

    /// <summary>Resolves the name <paramref name="name"/> as seen from <paramref name="scope"/> (LEGB, with CPython's scoping).</summary>
    public PySymbol? ResolveName(Scope scope, string name)
    {
        var entry = scope.Lookup(name);
        var resolution = entry?.Resolution ?? (scope.Kind == ScopeKind.Module ? NameResolution.Local : NameResolution.GlobalImplicit);
        switch (resolution)
        {
            case NameResolution.Local:
            case NameResolution.Cell:
                if (entry is not null && (entry.Flags & SymbolFlags.Bound) != 0)
                {
                    return SymbolFor(entry);
                }
                if (scope.Kind == ScopeKind.Class)
                {
                    // Unbound in the class body: looked up in globals then builtins.
                    return ResolveGlobal(scope, name);
                }
                return entry is null ? ResolveGlobal(scope, name) : SymbolFor(entry);
            case NameResolution.Free:
                for (var s = scope.Parent; s is not null; s = s.Parent)
                {
                    if (s.Kind == ScopeKind.Class)
                    {
                        if (name == "__class__")
                        {
                            return ClassFor((ClassDefinitionSyntax)s.Node);
                        }
                        continue;
                    }
                    var owner = s.Lookup(name);
                    if (owner is not null && owner.Resolution is NameResolution.Local or NameResolution.Cell)
                    {
                        return SymbolFor(owner);
                    }
                }
                return null;
            default:
                return ResolveGlobal(scope, name);
        }
    }

    private PySymbol? ResolveGlobal(Scope scope, string name)
    {
        var module = scope;
        while (module.Parent is not null)
        {
            module = module.Parent;
        }
        var entry = module.Lookup(name);
        if (entry is not null && (entry.Flags & SymbolFlags.Bound) != 0)
        {
            return SymbolFor(entry);
        }
        if (BuiltinNames.All.Contains(name))
        {
            return _symbols.GetOrAdd("builtins." + name, _ => new BuiltinSymbol(name));
        }
        return null;
    }

    /// <summary>The symbol an expression names: a name, a module attribute, a class attribute or an imported module.</summary>
    public PySymbol? ResolveExpression(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax p:
                return ResolveExpression(p.Expression);
            case IdentifierNameSyntax id:
            {
                var table = Table(id);
                if (!table.TryGetName(id.Identifier.SpanStart, out var scope, out var name))
                {
                    return null;
                }
                var symbol = ResolveName(scope, name);
                return symbol is VariableSymbol v && v.IsImported ? ImportedModule(v) ?? symbol : symbol;
            }
            case MemberAccessExpressionSyntax m:
            {
                var target = ResolveExpression(m.Expression);
                var attr = m.Name.Text;
                switch (target)
                {
                    case ModuleSymbol module:
                    {
                        var sub = _compilation.GetModule(module.QualifiedName + "." + attr);
                        if (sub is not null)
                        {
                            return sub;
                        }
                        var root = _compilation.GetSymbolTable(module.Tree).Root;
                        var entry = root.Lookup(attr);
                        return entry is not null && (entry.Flags & SymbolFlags.Bound) != 0 ? SymbolFor(entry) : null;
                    }
                    case ClassSymbol cls:
                        return ClassMember(cls, attr);
                }
                return null;
            }
        }
        return null;
    }

    /// <summary>The member <paramref name="name"/> bound in the body of <paramref name="cls"/> or of a class of its MRO.</summary>
    public PySymbol? ClassMember(ClassSymbol cls, string name)
    {
        foreach (var c in cls.Mro.IsEmpty ? ImmutableArray.Create(cls) : cls.Mro)
        {
            var entry = c.BodyScope.Lookup(ScopeBinder.Mangle(c.Name, name));
            if (entry is not null && (entry.Flags & SymbolFlags.Bound) != 0)
            {
                return SymbolFor(entry);
            }
        }
        return null;
    }

    /// <summary>For a name bound by <c>import a.b</c>/<c>import m as x</c>/<c>from m import sub</c>: the module it names.</summary>
    private ModuleSymbol? ImportedModule(VariableSymbol variable)
    {
        foreach (var declaration in variable.Declarations)
        {
            if (declaration is ImportAliasSyntax alias)
            {
                var imports = _compilation.Imports;
                var resolved = imports.GetResolvedModule(alias);
                if (alias.Ancestors().FirstOrDefault(a => a is ImportStatementSyntax or ImportFromStatementSyntax) is ImportStatementSyntax
                    && resolved is not null && alias.AsName.IsNone)
                {
                    // 'import a.b' binds 'a'.
                    return _compilation.GetModule(alias.Name.Parts[0].Identifier.Text);
                }
                if (resolved is not null)
                {
                    return resolved;
                }
            }
        }
        return null;
    }
}

/// <summary>
/// Answers questions about one syntax tree of a compilation: which symbol a node declares or refers to, which
/// names are visible where, and the tree's diagnostics. Lazy, cached and thread-safe.
/// </summary>
public sealed class SemanticModel
{
    private static readonly string[] s_sortedBuiltins = BuiltinNames.All.OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;

    internal SemanticModel(PythonCompilation compilation, PythonSyntaxTree tree)
    {
        Compilation = compilation;
        SyntaxTree = tree;
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(ComputeDiagnostics, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The compilation.</summary>
    public PythonCompilation Compilation { get; }

    /// <summary>The tree this model describes.</summary>
    public PythonSyntaxTree SyntaxTree { get; }

    /// <summary>The bound scopes of the tree.</summary>
    public SymbolTable SymbolTable => Compilation.GetSymbolTable(SyntaxTree);

    private SemanticFacts Facts => Compilation.Facts;

    /// <summary>
    /// The symbol a declaration introduces: a def or lambda (function), a class, a parameter, a name being bound
    /// (assignment target, for/with/except target, import alias), or the module for the compilation unit.
    /// </summary>
    public PySymbol? GetDeclaredSymbol(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case CompilationUnitSyntax:
                return Compilation.GetModule(SyntaxTree);
            case FunctionDefinitionSyntax or LambdaExpressionSyntax:
                return Facts.FunctionFor(node);
            case ClassDefinitionSyntax cls:
                return Facts.ClassFor(cls);
            case ParameterSyntax p when !p.Name.IsNone:
                return Facts.ParameterFor(p);
            case IdentifierNameSyntax id:
                return GetSymbolInfo(id).Symbol;
            case ImportAliasSyntax alias:
            {
                var token = !alias.AsName.IsNone ? alias.AsName : alias.Name.Parts.Count > 0 ? alias.Name.Parts[0].Identifier : default;
                if (token.IsNone || !SymbolTable.TryGetName(token.SpanStart, out var scope, out var name))
                {
                    return null;
                }
                return Facts.ResolveName(scope, name);
            }
            case ExceptClauseSyntax handler when !handler.Name.IsNone:
                return SymbolTable.TryGetName(handler.Name.SpanStart, out var s, out var n) ? Facts.ResolveName(s, n) : null;
        }
        return null;
    }

    /// <summary>The symbol an expression refers to (names, attributes of modules and classes, imported modules).</summary>
    public SymbolInfo GetSymbolInfo(ExpressionSyntax expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new SymbolInfo(Facts.ResolveExpression(expression));
    }

    /// <summary>The inferred Python type of <paramref name="expression"/> and its Rust representation.</summary>
    public TypeInfo GetTypeInfo(ExpressionSyntax expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new TypeInfo(Facts.Types.TypeOf(expression));
    }

    /// <summary>
    /// The control-flow graph of a body of this tree: <paramref name="owner"/> is the module
    /// (<see cref="CompilationUnitSyntax"/>), a class, a function definition or a lambda. Built once per compilation.
    /// </summary>
    public ControlFlowGraph GetControlFlowGraph(SyntaxNode owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (owner is not (CompilationUnitSyntax or ClassDefinitionSyntax or FunctionDefinitionSyntax or LambdaExpressionSyntax))
        {
            throw new ArgumentException("A control-flow graph belongs to a module, class, function or lambda.", nameof(owner));
        }
        return Facts.Graph(owner);
    }

    /// <summary>The symbol for a symbol-table entry of this tree: its def, class, parameter or variable.</summary>
    public PySymbol GetSymbol(ScopeSymbol entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Facts.SymbolFor(entry);
    }

    /// <summary>The type of the values a symbol holds (parameters and variables; others are dynamic).</summary>
    public TypeInfo GetSymbolType(PySymbol symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return new TypeInfo(Facts.Types.TypeOfSymbol(symbol));
    }

    /// <summary>
    /// The names visible at <paramref name="position"/>, innermost first: the enclosing scope's bindings, those of
    /// enclosing functions (class bodies are not visible from their methods), the module's, then builtins.
    /// </summary>
    public ImmutableArray<PySymbol> LookupSymbols(int position)
    {
        var scope = SymbolTable.GetEnclosingScope(position);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<PySymbol>();
        bool first = true;
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class && !first)
            {
                continue;
            }
            first = false;
            foreach (var entry in s.Symbols)
            {
                if ((entry.Flags & SymbolFlags.Bound) != 0 && entry.Resolution is NameResolution.Local or NameResolution.Cell && seen.Add(entry.Name))
                {
                    result.Add(Facts.SymbolFor(entry));
                }
            }
        }
        foreach (var name in s_sortedBuiltins)
        {
            if (seen.Add(name) && Facts.ResolveName(SymbolTable.Root, name) is BuiltinSymbol b)
            {
                result.Add(b);
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Syntax, binding (CPython's compile-time errors), import and flow diagnostics of the tree, in source order.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    private ImmutableArray<Diagnostic> ComputeDiagnostics()
    {
        var all = new List<Diagnostic>(SyntaxTree.GetDiagnostics());
        all.AddRange(SymbolTable.Diagnostics);
        all.AddRange(Compilation.Imports.GetDiagnostics(SyntaxTree));
        if (!all.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            all.AddRange(FlowAnalysis.Analyze(SymbolTable, Facts));
            all.AddRange(Facts.Inference.DiagnosticsOf(SyntaxTree));
        }
        return all.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }
}
