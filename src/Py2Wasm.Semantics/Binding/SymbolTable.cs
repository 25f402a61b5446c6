using System.Collections.Immutable;
using System.Text;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// The scopes of one syntax tree with every name resolved, plus the compile-time errors CPython raises after
/// parsing (symtable and compiler checks). Immutable once built; build it with <see cref="Build"/>.
/// </summary>
public sealed class SymbolTable
{
    private readonly Dictionary<SyntaxNode, Scope> _scopeOfNode;
    private readonly NameIndex _names;

    private SymbolTable(PythonSyntaxTree tree, Scope root, Dictionary<SyntaxNode, Scope> scopeOfNode, NameIndex names, ImmutableArray<Diagnostic> diagnostics)
    {
        Tree = tree;
        Root = root;
        _scopeOfNode = scopeOfNode;
        _names = names;
        Diagnostics = diagnostics;
    }

    /// <summary>The tree the table describes.</summary>
    public PythonSyntaxTree Tree { get; }

    /// <summary>The module scope.</summary>
    public Scope Root { get; }

    /// <summary>The binding and compile-time errors, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Binds <paramref name="tree"/>: scopes, name resolution and compile-time checks.</summary>
    public static SymbolTable Build(PythonSyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var diagnostics = new List<Diagnostic>();
        var scopeOfNode = new Dictionary<SyntaxNode, Scope>();
        var names = new NameIndex();
        var root = ScopeBinder.Bind(tree, diagnostics, scopeOfNode, names);
        ScopeAnalyzer.Analyze(tree, root, diagnostics);
        CompileChecker.Check(tree, scopeOfNode, diagnostics);
        var sorted = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        return new SymbolTable(tree, root, scopeOfNode, names, sorted);
    }

    /// <summary>The scope opened by <paramref name="node"/> (a def, class, lambda, comprehension, type alias or the compilation unit), or null.</summary>
    public Scope? GetScopeOpenedBy(SyntaxNode node) => _scopeOfNode.TryGetValue(node, out var s) ? s : null;

    /// <summary>The innermost scope that contains <paramref name="position"/>.</summary>
    public Scope GetEnclosingScope(int position)
    {
        var token = Tree.GetRoot().FindToken(position);
        for (SyntaxNode? node = token.Parent; node is not null; node = node.Parent)
        {
            if (_scopeOfNode.TryGetValue(node, out var scope) && InScopeBody(node, scope, position))
            {
                return scope;
            }
        }
        return Root;
    }

    /// <summary>True when <paramref name="position"/> is evaluated inside <paramref name="scope"/> rather than around it (defaults, decorators and bases are outside).</summary>
    private static bool InScopeBody(SyntaxNode node, Scope scope, int position)
    {
        switch (node)
        {
            case FunctionDefinitionSyntax def:
                return def.Body.FullSpan.Contains(position) || def.ParameterList.Parameters.Any(p => p.Name.Span.Contains(position) || (p.Name.Span.End == position));
            case ClassDefinitionSyntax cls:
                return cls.Body.FullSpan.Contains(position);
            case LambdaExpressionSyntax lambda:
                return lambda.Body.FullSpan.Contains(position) || lambda.ParameterList.Parameters.Any(p => p.Name.Span.Contains(position));
            case ComprehensionExpressionSyntax comp:
                return !(comp.Clauses.Count > 0 && comp.Clauses[0] is ComprehensionForClauseSyntax f && f.Iterable.FullSpan.Contains(position));
            default:
                _ = scope;
                return true;
        }
    }

    /// <summary>The scope and mangled name of the name token starting at <paramref name="position"/>, if the binder saw one there.</summary>
    internal bool TryGetName(int position, out Scope scope, out string name)
    {
        if (_names.TryGet(position, out scope, out name))
        {
            return true;
        }
        scope = Root;
        name = string.Empty;
        return false;
    }

    /// <summary>
    /// The scopes and symbols in the text format of <c>tests/oracles/symtable_dump.py</c>: one line per scope
    /// (<c>type name line</c>), then one line per symbol sorted by name with the <c>is_*</c> predicates that hold.
    /// </summary>
    public string Dump()
    {
        var sb = new StringBuilder();
        var stack = new Stack<(Scope Scope, int Depth)>();
        stack.Push((Root, 0));
        while (stack.Count > 0)
        {
            var (scope, depth) = stack.Pop();
            var indent = new string(' ', depth * 2);
            sb.Append(indent).Append(DumpKind(scope.Kind)).Append(' ').Append(scope.Name).Append(' ')
                .Append(scope.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            foreach (var symbol in scope.Symbols.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                sb.Append(indent).Append("  . ").Append(symbol.Name).Append(' ').Append(DumpFlags(symbol)).Append('\n');
            }
            for (int i = scope.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((scope.Children[i], depth + 1));
            }
        }
        return sb.ToString();
    }

    private static string DumpKind(ScopeKind kind) => kind switch
    {
        ScopeKind.Module => "module",
        ScopeKind.Class => "class",
        ScopeKind.TypeParameters => "type-parameters",
        ScopeKind.TypeAlias => "type-alias",
        ScopeKind.TypeVariableBound => "typevar-bound",
        _ => "function",
    };

    private static string DumpFlags(ScopeSymbol s)
    {
        // symtable.py decides "module scope" by the table's name, so a function named 'top' counts as one too;
        // the dump reproduces that quirk, the ScopeSymbol API does not.
        bool moduleQuirk = s.Scope.Name == "top" && (s.Flags & SymbolFlags.Bound) != 0;
        var parts = new List<string>(4);
        if (s.IsReferenced) parts.Add("referenced");
        if (s.IsImported) parts.Add("imported");
        if (s.IsParameter) parts.Add("parameter");
        if (s.Resolution is NameResolution.GlobalExplicit or NameResolution.GlobalImplicit || moduleQuirk) parts.Add("global");
        if (s.IsDeclaredGlobal) parts.Add("declared_global");
        if (s.Resolution is NameResolution.Local or NameResolution.Cell || moduleQuirk) parts.Add("local");
        if (s.IsAnnotated) parts.Add("annotated");
        if (s.IsFree) parts.Add("free");
        if (s.IsAssigned) parts.Add("assigned");
        if (s.IsNonlocal) parts.Add("nonlocal");
        if (s.IsNamespace) parts.Add("namespace");
        return parts.Count == 0 ? "-" : string.Join(",", parts);
    }
}
