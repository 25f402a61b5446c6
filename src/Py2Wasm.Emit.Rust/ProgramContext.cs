using Py2Wasm.Mapping;
using Py2Wasm.Syntax;
using Py2Wasm.Syntax.Literals;

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

    private Lazy<bool>? _usesTypeHints;

    /// <summary>
    /// Some module of the program names <c>get_type_hints</c>: every module then registers its globals with the runtime
    /// (<c>emit::register_module_globals</c>) so forward references in string annotations resolve in their module.
    /// </summary>
    public bool UsesTypeHints => (_usesTypeHints ??= new Lazy<bool>(() => Program.Modules.Any(m =>
        m.Tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.Text == "get_type_hints")))).Value;

    /// <summary>
    /// Dotted modules some <c>import a.b</c> of the program imports (with every dotted prefix): as in CPython, once
    /// imported, <c>b</c> is an attribute of module <c>a</c> for the whole run.
    /// </summary>
    public bool IsImportedSubmodule(string dottedName) => _importedSubmodules.Value.Contains(dottedName);

    public PythonProgram Program { get; }

    /// <summary>
    /// The names <c>from <paramref name="dottedName"/> import *</c> may bind, for a module of the program: the strings
    /// of its <c>__all__</c> (<paramref name="fromAll"/>: each must exist, as in CPython), or else every name its
    /// module scope can bind that does not start with an underscore (each bound only if the module has it at run
    /// time). Null, with <paramref name="problem"/> set, when the names cannot be known at compile time.
    /// </summary>
    public IReadOnlyList<string>? StarImportNames(string dottedName, out bool fromAll, out string? problem) =>
        StarImportNames(dottedName, new HashSet<string>(StringComparer.Ordinal), out fromAll, out problem);

    private IReadOnlyList<string>? StarImportNames(string dottedName, HashSet<string> visiting, out bool fromAll, out string? problem)
    {
        fromAll = false;
        problem = null;
        var module = Program.Modules.FirstOrDefault(m => !m.IsEntry && m.Name == dottedName);
        if (module is null || !visiting.Add(dottedName))
        {
            problem = "'from " + dottedName + " import *' of a module that imports itself with *";
            return null;
        }
        var root = module.Tree.GetRoot();
        var allRefs = root.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.Text == "__all__").ToList();
        if (allRefs.Count > 0)
        {
            fromAll = true;
            var assign = root.Statements.OfType<SimpleStatementLineSyntax>().SelectMany(l => l.Statements).OfType<AssignmentStatementSyntax>()
                .FirstOrDefault(a => a.Targets.Count == 1 && a.Targets[0].Target is IdentifierNameSyntax { Identifier.Text: "__all__" });
            var elements = (assign?.Value as ListExpressionSyntax)?.Elements ?? (assign?.Value as TupleExpressionSyntax)?.Elements;
            var names = new List<string>();
            if (allRefs.Count == 1 && elements is { } els)
            {
                foreach (var e in els)
                {
                    if (e is LiteralExpressionSyntax { Token.Kind: SyntaxKind.StringToken } lit && StringLiteral.Decode(lit.Token.Text).Text?.ToString() is { } n && !n.StartsWith("*", StringComparison.Ordinal))
                    {
                        if (!names.Contains(n)) names.Add(n);
                    }
                    else
                    {
                        names = null;
                        break;
                    }
                }
                if (names is not null) return names;
            }
            problem = "'from " + dottedName + " import *' where __all__ is not one list or tuple of string literals, assigned once at module level and never changed";
            return null;
        }
        var scopes = Scopes.ScopeAnalyzer.Analyze(root);
        var bound = new List<string>(scopes[root].BoundOrder);
        bound.AddRange(scopes.Values.SelectMany(sc => sc.DeclaredGlobal).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var from in root.DescendantNodes().OfType<ImportFromStatementSyntax>())
        {
            if (!from.Names.Any(a => a.Name.ToString().Trim() == "*")) continue;
            var target = from.Dots.Count > 0 ? module.ResolveRelative(from.Dots.Sum(t => t.Text.Length), from.Module is null ? null : string.Join(".", from.Module.Parts.Select(p => p.Identifier.Text)))
                : string.Join(".", from.Module!.Parts.Select(p => p.Identifier.Text));
            if (target is null || StarImportNames(target, visiting, out _, out problem) is not { } inner) return null;
            bound.AddRange(inner);
        }
        // A package's loaded submodules are attributes of it too.
        bound.AddRange(ProgramModules.Where(m => m.StartsWith(dottedName + ".", StringComparison.Ordinal) && m.IndexOf('.', dottedName.Length + 1) < 0)
            .Select(m => m[(dottedName.Length + 1)..]).OrderBy(n => n, StringComparer.Ordinal));
        return bound.Where(n => !n.StartsWith("_", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
    }

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
