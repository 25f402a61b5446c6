using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// Second pass of binding: resolves every name of every scope to local, cell, free, explicit or implicit global,
/// exactly as CPython's symtable analysis does (names bound in a class are not visible in its methods; free
/// names propagate up to the function that binds them, which makes them cells; <c>__class__</c> is provided by
/// the class for <c>super()</c>).
/// </summary>
internal sealed class ScopeAnalyzer
{
    private readonly PythonSyntaxTree _tree;
    private readonly List<Diagnostic> _diagnostics;

    private ScopeAnalyzer(PythonSyntaxTree tree, List<Diagnostic> diagnostics)
    {
        _tree = tree;
        _diagnostics = diagnostics;
    }

    public static void Analyze(PythonSyntaxTree tree, Scope module, List<Diagnostic> diagnostics)
    {
        var analyzer = new ScopeAnalyzer(tree, diagnostics);
        var free = new HashSet<string>(StringComparer.Ordinal);
        var global = new HashSet<string>(StringComparer.Ordinal);
        StackGuard.Run(() =>
        {
            analyzer.AnalyzeBlock(module, null, free, global);
            return 0;
        });
    }

    private static bool IsFunctionBlock(Scope s) => s.IsFunctionLike || s.Kind is ScopeKind.TypeParameters or ScopeKind.TypeAlias or ScopeKind.TypeVariableBound;

    /// <summary>Sets reused across scopes: a file has thousands of scopes, each needing several short-lived sets.</summary>
    private readonly Stack<HashSet<string>> _pool = new();

    private HashSet<string> Rent() => _pool.Count > 0 ? _pool.Pop() : new HashSet<string>(StringComparer.Ordinal);

    private HashSet<string> Rent(HashSet<string> copyOf)
    {
        var set = Rent();
        AddAll(set, copyOf);
        return set;
    }

    /// <summary>UnionWith without its boxed enumerator (it takes any IEnumerable): this runs for every scope.</summary>
    private static void AddAll(HashSet<string> to, HashSet<string> from)
    {
        foreach (var item in from)
        {
            to.Add(item);
        }
    }

    private void Return(HashSet<string> set)
    {
        set.Clear();
        _pool.Push(set);
    }

    private void AnalyzeBlock(Scope scope, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = Rent();
        var newGlobal = Rent();
        var newFree = Rent();
        var newBound = Rent();

        if (scope.Kind == ScopeKind.Class)
        {
            // Class bindings are invisible to nested functions: pass down what was visible before the class.
            AddAll(newGlobal, global);
            if (bound is not null)
            {
                AddAll(newBound, bound);
            }
        }

        foreach (var symbol in scope.SymbolList)
        {
            AnalyzeName(scope, symbol, bound, local, free, global);
        }

        if (scope.Kind != ScopeKind.Class)
        {
            if (IsFunctionBlock(scope))
            {
                AddAll(newBound, local);
            }
            if (bound is not null)
            {
                AddAll(newBound, bound);
            }
            AddAll(newGlobal, global);
        }
        else
        {
            newBound.Add("__class__");
        }

        if (scope.Children.Count > 0)
        {
            var allFree = Rent();
            foreach (var child in scope.ChildList)
            {
                var childBound = Rent(newBound);
                var childFree = Rent(newFree);
                var childGlobal = Rent(newGlobal);
                if (!StackGuard.HasSufficientStack)
                {
                    StackGuard.RunOnLargeStack(AnalyzeChildOnLargeStack, this, (child, childBound, childFree, childGlobal));
                }
                else
                {
                    AnalyzeBlock(child, childBound, childFree, childGlobal);
                }
                AddAll(allFree, childFree);
                Return(childBound);
                Return(childFree);
                Return(childGlobal);
            }
            AddAll(newFree, allFree);
            Return(allFree);
        }

        if (IsFunctionBlock(scope))
        {
            // Locals captured by nested scopes become cells.
            foreach (var symbol in scope.SymbolList)
            {
                if (symbol.Resolution == NameResolution.Local && newFree.Remove(symbol.Name))
                {
                    symbol.Resolution = NameResolution.Cell;
                }
            }
        }
        else if (scope.Kind == ScopeKind.Class)
        {
            if (newFree.Remove("__class__"))
            {
                scope.NeedsClassClosure = true;
            }
        }

        UpdateSymbols(scope, bound, newFree, scope.Kind == ScopeKind.Class);
        AddAll(free, newFree);
        Return(local);
        Return(newGlobal);
        Return(newFree);
        Return(newBound);
    }

    private static void AnalyzeChildOnLargeStack(ScopeAnalyzer analyzer, (Scope Child, HashSet<string> Bound, HashSet<string> Free, HashSet<string> Global) a) =>
        analyzer.AnalyzeBlock(a.Child, a.Bound, a.Free, a.Global);

    /// <summary>Resolves one symbol of <paramref name="scope"/> (CPython's analyze_name).</summary>
    private void AnalyzeName(Scope scope, ScopeSymbol symbol, HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        var name = symbol.Name;
        var flags = symbol.Flags;
        if ((flags & SymbolFlags.DeclaredGlobal) != 0)
        {
            if ((flags & SymbolFlags.DeclaredNonlocal) != 0)
            {
                ReportAtDirective(scope, name, SemanticErrorCode.ConflictingDeclaration, $"name '{name}' is nonlocal and global");
            }
            symbol.Resolution = NameResolution.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.DeclaredNonlocal) != 0)
        {
            if (bound is null)
            {
                ReportAtDirective(scope, name, SemanticErrorCode.NonlocalAtModuleLevel);
            }
            else if (!bound.Contains(name))
            {
                ReportAtDirective(scope, name, SemanticErrorCode.NonlocalWithoutBinding, name);
            }
            symbol.Resolution = NameResolution.Free;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.Bound) != 0)
        {
            symbol.Resolution = NameResolution.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        if (bound is not null && bound.Contains(name))
        {
            symbol.Resolution = NameResolution.Free;
            free.Add(name);
            return;
        }
        symbol.Resolution = NameResolution.GlobalImplicit;
    }

    private void ReportAtDirective(Scope scope, string name, SemanticErrorCode code, params object[] args)
    {
        var span = scope.TryGetDirective(name, out var node) ? node.Span : scope.Node.Span;
        _diagnostics.Add(Diagnostic.Create(SemanticDiagnostics.Get(code), _tree.GetLocation(span), args));
    }

    private static void UpdateSymbols(Scope scope, HashSet<string>? bound, HashSet<string> free, bool isClass)
    {
        foreach (var name in free)
        {
            var existing = scope.Lookup(name);
            if (existing is not null)
            {
                // A method's free variable that the class itself binds or declares global.
                if (isClass && (existing.Flags & (SymbolFlags.Bound | SymbolFlags.DeclaredGlobal)) != 0)
                {
                    existing.Flags |= SymbolFlags.FreeClass;
                }
                continue;
            }
            if (bound is not null && !bound.Contains(name))
            {
                continue; // a global
            }
            // Propagate the free name up through this scope.
            var added = scope.GetOrAdd(name);
            added.Resolution = NameResolution.Free;
        }
    }
}
