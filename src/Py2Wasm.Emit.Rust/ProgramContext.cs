using Py2Wasm.Mapping;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

/// <summary>
/// Facts about the whole program a module emitter needs: which modules exist and their Rust paths, and the mapped
/// modules (<see cref="MappingRegistry"/>) it imports.
/// </summary>
internal sealed class ProgramContext
{
    private readonly Lazy<HashSet<string>> _escaping;

    /// <summary>Every value is the dynamic <c>Obj</c> (<c>--dynamic-only</c>): no typed locals.</summary>
    public bool DynamicOnly { get; }

    public ProgramContext(PythonProgram program, string cratePathPrefix, MappingRegistry mappings, bool dynamicOnly = false)
    {
        DynamicOnly = dynamicOnly;
        Program = program;
        Prefix = cratePathPrefix;
        Mappings = mappings;
        ProgramModules = new HashSet<string>(program.Modules.Where(m => !m.IsEntry).Select(m => m.Name), StringComparer.Ordinal);
        _escaping = new Lazy<HashSet<string>>(FindEscapingModules);
        _importedSubmodules = new Lazy<HashSet<string>>(() => new HashSet<string>(
            program.Modules.SelectMany(m => m.Tree.GetRoot().DescendantNodes().OfType<ImportStatementSyntax>())
                .SelectMany(i => i.Names)
                .SelectMany(a => Enumerable.Range(2, Math.Max(0, a.Name.Parts.Count - 1)).Select(n => string.Join(".", a.Name.Parts.Take(n).Select(p => p.Identifier.Text)))),
            StringComparer.Ordinal));
    }

    private readonly Lazy<HashSet<string>> _importedSubmodules;

    /// <summary>
    /// Dotted modules some <c>import a.b</c> of the program imports (with every dotted prefix): as in CPython, once
    /// imported, <c>b</c> is an attribute of module <c>a</c> for the whole run.
    /// </summary>
    public bool IsImportedSubmodule(string dottedName) => _importedSubmodules.Value.Contains(dottedName);

    public PythonProgram Program { get; }

    /// <summary>Rust path of the program's module tree (<c>crate</c>, or <c>crate::p_name</c> in a batch crate).</summary>
    public string Prefix { get; }

    /// <summary>Importable modules of the program (the entry module runs as <c>__main__</c> and is not importable by name).</summary>
    public HashSet<string> ProgramModules { get; }

    /// <summary>Where imports of modules outside the program are resolved.</summary>
    public MappingRegistry Mappings { get; }

    /// <summary>The adapters the program's code uses (their crates go into <c>Cargo.toml</c>).</summary>
    public SortedDictionary<string, ModuleAdapter> UsedAdapters { get; } = new(StringComparer.Ordinal);

    public string ModulePath(string dottedName) => Prefix + "::" + RustNames.Module(dottedName);

    /// <summary>The adapter of <paramref name="dottedName"/> when it is not a module of the program; records its use.</summary>
    public ModuleAdapter? MappedModule(string dottedName)
    {
        if (ProgramModules.Contains(dottedName) || !Mappings.TryGetModule(dottedName, out var adapter)) return null;
        UsedAdapters[dottedName] = adapter;
        return adapter;
    }

    /// <summary>The module object of a mapped module: made once per run by the crate's <c>py2wasm_mapped</c> module.</summary>
    public static string ModuleObject(ModuleAdapter adapter) => "crate::" + MappedModuleObjects.RustModule + "::" + RustNames.Module(adapter.ModuleName) + "()";

    /// <summary>
    /// True when the module object of <paramref name="moduleName"/> is only ever read as <c>alias.name</c> in the
    /// whole program: it is never stored into, rebound, passed around or reached through another module. Then no code
    /// can replace one of its attributes, and a call <c>alias.f(...)</c> may be compiled from <c>f</c>'s binding instead
    /// of looking <c>f</c> up on the module object at run time.
    /// </summary>
    public bool IsSealed(string moduleName) => !_escaping.Value.Contains(moduleName);

    private HashSet<string> FindEscapingModules()
    {
        var escaping = new HashSet<string>(StringComparer.Ordinal);
        var aliasesByFile = new List<(SyntaxNode Root, Dictionary<string, string> Aliases)>();
        var allAliases = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var m in Program.Modules)
        {
            var root = m.Tree.GetRoot();
            var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var imp in root.DescendantNodes().OfType<ImportStatementSyntax>())
            {
                foreach (var a in imp.Names)
                {
                    var dotted = string.Join(".", a.Name.Parts.Select(p => p.Identifier.Text));
                    if (ProgramModules.Contains(dotted) || Mappings.GetModule(dotted) is null) continue;
                    var bound = a.AsName.IsNone ? a.Name.Parts[0].Identifier.Text : a.AsName.Text;
                    // `import a.b` binds `a`, the top-level module.
                    if (a.AsName.IsNone) dotted = bound;
                    if (Mappings.GetModule(dotted) is null) continue;
                    if (aliases.TryGetValue(bound, out var other) && other != dotted)
                    {
                        escaping.Add(other);
                        escaping.Add(dotted);
                    }
                    aliases[bound] = dotted;
                    if (!allAliases.TryGetValue(bound, out var set)) allAliases[bound] = set = new HashSet<string>(StringComparer.Ordinal);
                    set.Add(dotted);
                }
            }
            aliasesByFile.Add((root, aliases));
        }
        foreach (var (root, aliases) in aliasesByFile)
        {
            foreach (var node in root.DescendantNodes())
            {
                switch (node)
                {
                    case IdentifierNameSyntax id when aliases.TryGetValue(id.Identifier.Text, out var module) && id.Parent is not DottedNameSyntax:
                        if (!(id.Parent is MemberAccessExpressionSyntax read && read.Expression == id && !IsStoreTarget(read))) escaping.Add(module);
                        break;
                    case MemberAccessExpressionSyntax access when allAliases.TryGetValue(access.Name.Text, out var reached):
                        // `pkg.math`: the module object reached through another module.
                        if (!(access.Expression is IdentifierNameSyntax e && aliases.ContainsKey(e.Identifier.Text))) escaping.UnionWith(reached);
                        break;
                    case ImportFromStatementSyntax from:
                        foreach (var a in from.Names)
                        {
                            if (a.Name.Parts.Count == 1 && allAliases.TryGetValue(a.Name.Parts[0].Identifier.Text, out var imported)) escaping.UnionWith(imported);
                        }
                        break;
                }
            }
        }
        return escaping;
    }

    /// <summary>True when <paramref name="e"/> (inside any tuple, list or starred target) is assigned, deleted or bound by a loop or <c>with</c>.</summary>
    internal static bool IsStoreTarget(ExpressionSyntax e)
    {
        SyntaxNode x = e;
        while (x.Parent is TupleExpressionSyntax or ListExpressionSyntax or ParenthesizedExpressionSyntax or StarredExpressionSyntax) x = x.Parent;
        return x.Parent switch
        {
            AssignmentTargetSyntax t => t.Target == x,
            AugmentedAssignmentStatementSyntax a => a.Target == x,
            AnnotatedAssignmentStatementSyntax a => a.Target == x,
            DeleteStatementSyntax => true,
            ForStatementSyntax f => f.Target == x,
            WithItemSyntax w => w.Target == x,
            ComprehensionForClauseSyntax c => c.Target == x,
            _ => false,
        };
    }
}
