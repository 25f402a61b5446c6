using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// Resolves every import of the compiled modules (absolute and relative, as Python's import system finds modules
/// and packages) and finds import cycles among module-level imports.
/// </summary>
internal sealed class ImportGraph
{
    private readonly Dictionary<PythonSyntaxTree, List<Diagnostic>> _diagnostics = new();
    private readonly Dictionary<SyntaxNode, ModuleSymbol> _resolved = new();

    public ImportGraph(PythonCompilation compilation)
    {
        var edges = new Dictionary<ModuleSymbol, List<(ModuleSymbol Target, SyntaxNode Statement)>>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var module = compilation.GetModule(tree);
            var diagnostics = new List<Diagnostic>();
            _diagnostics[tree] = diagnostics;
            var moduleEdges = new List<(ModuleSymbol, SyntaxNode)>();
            edges[module] = moduleEdges;
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case ImportStatementSyntax import:
                        foreach (var alias in import.Names)
                        {
                            var name = string.Join(".", alias.Name.Parts.Select(p => p.Identifier.Text));
                            var target = Resolve(compilation, name, alias, diagnostics);
                            if (target is not null)
                            {
                                _resolved[alias] = target;
                                AddEdge(moduleEdges, module, target, import);
                            }
                        }
                        break;
                    case ImportFromStatementSyntax from when !FutureFeatures.IsFutureImport(from):
                    {
                        int level = from.Dots.Sum(t => t.Text.Length);
                        var relative = from.Module is { } m ? string.Join(".", m.Parts.Select(p => p.Identifier.Text)) : string.Empty;
                        string name;
                        if (level > 0)
                        {
                            var package = module.Package;
                            var parts = package.Length == 0 ? new List<string>() : package.Split('.').ToList();
                            if (level - 1 > parts.Count || (package.Length == 0))
                            {
                                Report(diagnostics, tree, from, new string('.', level) + relative);
                                break;
                            }
                            parts.RemoveRange(parts.Count - (level - 1), level - 1);
                            name = string.Join(".", parts.Append(relative).Where(p => p.Length > 0));
                        }
                        else
                        {
                            name = relative;
                        }
                        var target = name.Length == 0 ? null : Resolve(compilation, name, from, diagnostics, display: new string('.', level) + relative);
                        if (target is null)
                        {
                            break;
                        }
                        _resolved[from] = target;
                        bool allSubmodules = true;
                        foreach (var alias in from.Names)
                        {
                            if (alias.Name.Parts.Count == 1 && compilation.GetModule(target.QualifiedName + "." + alias.Name.Parts[0].Identifier.Text) is { } sub)
                            {
                                _resolved[alias] = sub;
                                AddEdge(moduleEdges, module, sub, from);
                            }
                            else
                            {
                                allSubmodules = false;
                            }
                        }
                        if (!allSubmodules)
                        {
                            AddEdge(moduleEdges, module, target, from);
                        }
                        break;
                    }
                }
            }
        }
        FindCycles(compilation, edges);
    }

    public IReadOnlyList<Diagnostic> GetDiagnostics(PythonSyntaxTree tree) =>
        _diagnostics.TryGetValue(tree, out var list) ? list : (IReadOnlyList<Diagnostic>)Array.Empty<Diagnostic>();

    /// <summary>The module an import alias (or a from-import statement) refers to.</summary>
    public ModuleSymbol? GetResolvedModule(SyntaxNode node) => _resolved.TryGetValue(node, out var m) ? m : null;

    /// <summary>A module-level import is an edge, except into the importer's own packages (always imported first).</summary>
    private static void AddEdge(List<(ModuleSymbol, SyntaxNode)> edges, ModuleSymbol from, ModuleSymbol to, SyntaxNode statement)
    {
        if (!IsModuleLevel(statement) || from.QualifiedName.StartsWith(to.QualifiedName + ".", StringComparison.Ordinal))
        {
            return;
        }
        edges.Add((to, statement));
    }

    private static bool IsModuleLevel(SyntaxNode statement) =>
        !statement.Ancestors().Any(a => a is FunctionDefinitionSyntax or ClassDefinitionSyntax or LambdaExpressionSyntax);

    private static ModuleSymbol? Resolve(PythonCompilation compilation, string name, SyntaxNode node, List<Diagnostic> diagnostics, string? display = null)
    {
        // 'import a.b.c' imports a, a.b and a.b.c; each must exist.
        var parts = name.Split('.');
        ModuleSymbol? last = null;
        for (int i = 1; i <= parts.Length; i++)
        {
            last = compilation.GetModule(string.Join(".", parts.Take(i)));
            if (last is null)
            {
                if (compilation.Options.ReportUnresolvedImports)
                {
                    Report(diagnostics, node.SyntaxTree, node, display ?? name);
                }
                return null;
            }
        }
        return last;
    }

    private static void Report(List<Diagnostic> diagnostics, PythonSyntaxTree tree, SyntaxNode node, string name) =>
        diagnostics.Add(Diagnostic.Create(SemanticDiagnostics.Get(SemanticErrorCode.UnresolvedImport), tree.GetLocation(node.Span), name));

    private void FindCycles(PythonCompilation compilation, Dictionary<ModuleSymbol, List<(ModuleSymbol Target, SyntaxNode Statement)>> edges)
    {
        // Tarjan's strongly connected components, iteratively.
        var index = new Dictionary<ModuleSymbol, int>();
        var low = new Dictionary<ModuleSymbol, int>();
        var onStack = new HashSet<ModuleSymbol>();
        var stack = new Stack<ModuleSymbol>();
        int counter = 0;
        foreach (var start in edges.Keys)
        {
            if (index.ContainsKey(start))
            {
                continue;
            }
            var work = new Stack<(ModuleSymbol Node, int Edge)>();
            work.Push((start, 0));
            index[start] = low[start] = counter++;
            stack.Push(start);
            onStack.Add(start);
            while (work.Count > 0)
            {
                var (v, i) = work.Pop();
                var out_ = edges.TryGetValue(v, out var e) ? e : new();
                if (i < out_.Count)
                {
                    work.Push((v, i + 1));
                    var w = out_[i].Target;
                    if (!index.ContainsKey(w))
                    {
                        index[w] = low[w] = counter++;
                        stack.Push(w);
                        onStack.Add(w);
                        work.Push((w, 0));
                    }
                    else if (onStack.Contains(w))
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }
                    continue;
                }
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
                if (low[v] == index[v])
                {
                    var component = new List<ModuleSymbol>();
                    ModuleSymbol w;
                    do
                    {
                        w = stack.Pop();
                        onStack.Remove(w);
                        component.Add(w);
                    }
                    while (w != v);
                    bool selfLoop = component.Count == 1 && edges.TryGetValue(v, out var se) && se.Any(x => x.Target == v);
                    if (component.Count > 1 || selfLoop)
                    {
                        ReportCycle(component, edges);
                    }
                }
            }
        }
        _ = compilation;
    }

    private void ReportCycle(List<ModuleSymbol> component, Dictionary<ModuleSymbol, List<(ModuleSymbol Target, SyntaxNode Statement)>> edges)
    {
        var members = component.ToHashSet();
        var description = string.Join(", ", component.Select(m => m.QualifiedName).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var module in component)
        {
            var edge = edges[module].FirstOrDefault(e => members.Contains(e.Target));
            if (edge.Statement is not null && _diagnostics.TryGetValue(module.Tree, out var list))
            {
                list.Add(Diagnostic.Create(SemanticDiagnostics.Get(SemanticErrorCode.ImportCycle), module.Tree.GetLocation(edge.Statement.Span), description));
            }
        }
    }
}
