using System.Collections.Concurrent;
using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>Options of a <see cref="PythonCompilation"/>.</summary>
public sealed record PythonCompilationOptions
{
    /// <summary>The default options.</summary>
    public static PythonCompilationOptions Default { get; } = new();

    /// <summary>
    /// The folder module names are computed from (<c>ROOT/pkg/mod.py</c> is <c>pkg.mod</c>). Default: the deepest folder
    /// that contains every syntax tree's file.
    /// </summary>
    public string? SourceRoot { get; init; }

    /// <summary>The folder reference stub names are computed from. Default: the deepest folder that contains every stub.</summary>
    public string? ReferenceRoot { get; init; }

    /// <summary>
    /// Whether an import of a module that neither the program nor a reference has is PY1102. False when another stage
    /// reports those (the mapping registry's PY4001–PY4003); a relative import beyond the top-level package is PY1102 either way.
    /// </summary>
    public bool ReportUnresolvedImports { get; init; } = true;
}

/// <summary>
/// A whole program: the modules to compile (one script, or a package tree with <c>__init__.py</c> files) and the
/// reference stubs (<c>.pyi</c> trees) that describe modules provided by the runtime and adapters. Immutable;
/// everything is computed lazily, cached and safe to use from several threads.
/// </summary>
public sealed class PythonCompilation
{
    private readonly ConcurrentDictionary<PythonSyntaxTree, Lazy<SymbolTable>> _tables = new();
    private readonly ConcurrentDictionary<PythonSyntaxTree, SemanticModel> _models = new();
    private readonly Lazy<ImportGraph> _imports;
    private readonly Dictionary<PythonSyntaxTree, ModuleSymbol> _moduleOfTree = new();
    private readonly Dictionary<string, ModuleSymbol> _modules = new(StringComparer.Ordinal);

    private PythonCompilation(string name, ImmutableArray<PythonSyntaxTree> trees, ImmutableArray<PythonSyntaxTree> references, PythonCompilationOptions options)
    {
        Name = name;
        SyntaxTrees = trees;
        References = references;
        Options = options;
        Facts = new SemanticFacts(this);
        AddModules(trees, options.SourceRoot, isReference: false);
        AddModules(references, options.ReferenceRoot, isReference: true);
        _imports = new Lazy<ImportGraph>(() => new ImportGraph(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Creates a compilation of <paramref name="syntaxTrees"/> with stubs <paramref name="references"/>.</summary>
    public static PythonCompilation Create(string name, IEnumerable<PythonSyntaxTree> syntaxTrees, IEnumerable<PythonSyntaxTree>? references = null, PythonCompilationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(syntaxTrees);
        return new PythonCompilation(name, syntaxTrees.ToImmutableArray(), (references ?? Enumerable.Empty<PythonSyntaxTree>()).ToImmutableArray(), options ?? PythonCompilationOptions.Default);
    }

    /// <summary>The compilation's name.</summary>
    public string Name { get; }

    /// <summary>The modules to compile.</summary>
    public ImmutableArray<PythonSyntaxTree> SyntaxTrees { get; }

    /// <summary>The reference stubs.</summary>
    public ImmutableArray<PythonSyntaxTree> References { get; }

    /// <summary>The options.</summary>
    public PythonCompilationOptions Options { get; }

    internal SemanticFacts Facts { get; }

    /// <summary>Every module (compiled and referenced), by qualified name.</summary>
    public IReadOnlyDictionary<string, ModuleSymbol> Modules => _modules;

    /// <summary>The module of <paramref name="tree"/> (a syntax tree or a reference of this compilation).</summary>
    public ModuleSymbol GetModule(PythonSyntaxTree tree) =>
        _moduleOfTree.TryGetValue(tree, out var m) ? m : throw new ArgumentException("The tree is not part of this compilation.", nameof(tree));

    /// <summary>The module named <paramref name="qualifiedName"/>, or null.</summary>
    public ModuleSymbol? GetModule(string qualifiedName) => _modules.TryGetValue(qualifiedName, out var m) ? m : null;

    /// <summary>The bound scopes of <paramref name="tree"/> (built once, on first use).</summary>
    public SymbolTable GetSymbolTable(PythonSyntaxTree tree)
    {
        GetModule(tree);
        return _tables.GetOrAdd(tree, t => new Lazy<SymbolTable>(() => SymbolTable.Build(t), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The semantic model of <paramref name="tree"/>.</summary>
    public SemanticModel GetSemanticModel(PythonSyntaxTree tree)
    {
        GetModule(tree);
        return _models.GetOrAdd(tree, t => new SemanticModel(this, t));
    }

    /// <summary>Syntax, binding, import and flow diagnostics of every module to compile, by tree and position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() =>
        SyntaxTrees.SelectMany(t => GetSemanticModel(t).GetDiagnostics()).ToImmutableArray();

    internal ImportGraph Imports => _imports.Value;

    private void AddModules(ImmutableArray<PythonSyntaxTree> trees, string? root, bool isReference)
    {
        root ??= CommonFolder(trees.Select(t => t.FilePath).Where(p => p.Length > 0));
        // A package's own folder is not a root: climb while the root is itself a package of these trees.
        var files = new HashSet<string>(trees.Where(t => t.FilePath.Length > 0).Select(t => Path.GetFullPath(t.FilePath)), StringComparer.Ordinal);
        while (root is not null && (files.Contains(Path.Combine(root, "__init__.py")) || files.Contains(Path.Combine(root, "__init__.pyi"))))
        {
            root = Path.GetDirectoryName(root);
        }
        int anonymous = 0;
        foreach (var tree in trees)
        {
            string qualified;
            bool isPackage = false;
            if (tree.FilePath.Length == 0)
            {
                qualified = anonymous++ == 0 && !isReference ? "__main__" : $"__anonymous{anonymous}__";
            }
            else
            {
                var relative = Path.GetRelativePath(root ?? Path.GetDirectoryName(Path.GetFullPath(tree.FilePath))!, Path.GetFullPath(tree.FilePath));
                var withoutExtension = relative.EndsWith(".pyi", StringComparison.Ordinal) ? relative[..^4]
                    : relative.EndsWith(".py", StringComparison.Ordinal) ? relative[..^3] : relative;
                var parts = withoutExtension.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Where(p => p.Length > 0 && p != ".").ToList();
                if (parts.Count > 1 && parts[^1] == "__init__")
                {
                    parts.RemoveAt(parts.Count - 1);
                    isPackage = true;
                }
                qualified = string.Join(".", parts);
            }
            var module = new ModuleSymbol(qualified, tree, isPackage, isReference);
            _moduleOfTree[tree] = module;
            // A module of the program wins over a stub of the same name.
            if (!isReference || !_modules.ContainsKey(qualified))
            {
                _modules[qualified] = module;
            }
        }
    }

    private static string? CommonFolder(IEnumerable<string> paths)
    {
        string? common = null;
        foreach (var path in paths)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty;
            if (common is null)
            {
                common = dir;
                continue;
            }
            while (!(dir + Path.DirectorySeparatorChar).StartsWith(common + Path.DirectorySeparatorChar, StringComparison.Ordinal) && common.Length > 0)
            {
                common = Path.GetDirectoryName(common) ?? string.Empty;
            }
        }
        return common;
    }
}
