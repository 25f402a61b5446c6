using System.Collections.Immutable;

namespace Py2Wasm.Mapping.Analysis;

/// <summary>What a node of the <see cref="ModuleGraph"/> is.</summary>
public enum ModuleNodeKind
{
    /// <summary>A module of the program.</summary>
    Program,
    /// <summary>A module an adapter of the registry maps.</summary>
    Mapped,
    /// <summary>A module that is neither (it has a PY4xxx diagnostic).</summary>
    Missing,
}

/// <summary>A module of the graph.</summary>
/// <param name="Name">The dotted module name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Adapter">For a mapped module, its adapter (null for a package that only holds mapped submodules).</param>
public sealed record ModuleNode(string Name, ModuleNodeKind Kind, ModuleAdapter? Adapter);

/// <summary>An import of <paramref name="To"/> by <paramref name="From"/>.</summary>
/// <param name="From">The importing program module.</param>
/// <param name="To">The imported module.</param>
/// <param name="Location">The import statement.</param>
/// <param name="IsModuleLevel">False for an import inside a function or class body (it runs later, so it cannot form an import-time cycle).</param>
public sealed record ImportEdge(string From, string To, Location Location, bool IsModuleLevel);

/// <summary>
/// The dependency graph of a program: its own modules and the mapped modules they import, with one edge per import.
/// Immutable. <see cref="Cycles"/> lists the groups of modules that import each other at module level.
/// </summary>
public sealed class ModuleGraph
{
    internal ModuleGraph(IEnumerable<ModuleNode> nodes, IEnumerable<ImportEdge> edges)
    {
        Nodes = nodes.OrderBy(n => n.Name, StringComparer.Ordinal).ToImmutableArray();
        Edges = edges.ToImmutableArray();
        Cycles = FindCycles();
    }

    /// <summary>Every module, sorted by name.</summary>
    public ImmutableArray<ModuleNode> Nodes { get; }

    /// <summary>Every import, in source order per module.</summary>
    public ImmutableArray<ImportEdge> Edges { get; }

    /// <summary>Groups of modules that import each other at module level (strongly connected components, each sorted by name).</summary>
    public ImmutableArray<ImmutableArray<string>> Cycles { get; }

    /// <summary>The node named <paramref name="name"/>, or null.</summary>
    public ModuleNode? GetNode(string name) => Nodes.FirstOrDefault(n => n.Name == name);

    /// <summary>The modules <paramref name="name"/> imports directly.</summary>
    public ImmutableArray<string> GetDependencies(string name) =>
        Edges.Where(e => e.From == name).Select(e => e.To).Distinct(StringComparer.Ordinal).ToImmutableArray();

    /// <summary>The mapped modules reachable from the program (the adapters whose crates the program needs).</summary>
    public ImmutableArray<ModuleAdapter> MappedAdapters =>
        Nodes.Where(n => n.Kind == ModuleNodeKind.Mapped && n.Adapter is not null).Select(n => n.Adapter!).ToImmutableArray();

    private ImmutableArray<ImmutableArray<string>> FindCycles()
    {
        // Tarjan's strongly connected components over module-level edges, with an explicit stack.
        var successors = Edges.Where(e => e.IsModuleLevel).GroupBy(e => e.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<ImmutableArray<string>>();
        foreach (var root in Nodes.Select(n => n.Name))
        {
            if (index.ContainsKey(root))
            {
                continue;
            }
            var work = new Stack<(string Node, int Next)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (v, next) = work.Pop();
                var outs = successors.TryGetValue(v, out var s) ? s : Array.Empty<string>();
                if (next < outs.Length)
                {
                    work.Push((v, next + 1));
                    var w = outs[next];
                    if (!index.ContainsKey(w))
                    {
                        Visit(w);
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
                    var component = new List<string>();
                    string w;
                    do
                    {
                        w = stack.Pop();
                        onStack.Remove(w);
                        component.Add(w);
                    }
                    while (w != v);
                    if (component.Count > 1 || outs.Contains(v))
                    {
                        cycles.Add(component.OrderBy(x => x, StringComparer.Ordinal).ToImmutableArray());
                    }
                }
            }

            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, 0));
            }
        }
        return cycles.OrderBy(c => c[0], StringComparer.Ordinal).ToImmutableArray();
    }
}
