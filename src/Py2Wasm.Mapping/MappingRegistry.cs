using System.Collections.Immutable;
using System.Reflection;
using Py2Wasm.Semantics;
using Py2Wasm.Syntax;

namespace Py2Wasm.Mapping;

/// <summary>
/// The modules a compiled program may import besides its own: one <see cref="ModuleAdapter"/> per Python module,
/// each from some provider. Immutable and thread-safe; made with <see cref="CreateBuilder"/> (or extended from
/// <see cref="Default"/> with <see cref="ToBuilder"/>).
/// </summary>
public sealed class MappingRegistry
{
    /// <summary>The folder the stubs appear to live in; module <c>a.b</c>'s stub is <c>StubRoot/a/b.pyi</c>.</summary>
    public static readonly string StubRoot = Path.GetFullPath(Path.Combine(Path.DirectorySeparatorChar + "py2wasm-stubs"));

    private static readonly Lazy<MappingRegistry> s_default = new(
        () => CreateBuilder().Add(new Stdlib.StdlibMappingProvider()).Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<string, ModuleAdapter> _byName;
    private readonly Lazy<ImmutableArray<PythonSyntaxTree>> _stubTrees;

    internal MappingRegistry(ImmutableDictionary<string, ModuleAdapter> modules, ImmutableArray<string> providers)
    {
        _byName = modules;
        Modules = modules.Values.OrderBy(m => m.ModuleName, StringComparer.Ordinal).ToImmutableArray();
        Providers = providers;
        _stubTrees = new Lazy<ImmutableArray<PythonSyntaxTree>>(ParseStubs, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The registry of the standard-library modules the runtime implements.</summary>
    public static MappingRegistry Default => s_default.Value;

    /// <summary>A registry with no modules.</summary>
    public static MappingRegistry Empty { get; } = new(ImmutableDictionary<string, ModuleAdapter>.Empty.WithComparers(StringComparer.Ordinal), ImmutableArray<string>.Empty);

    /// <summary>Starts an empty registry.</summary>
    public static MappingRegistryBuilder CreateBuilder() => new(Empty);

    /// <summary>Starts a registry with this one's modules (to add a third party's adapters to <see cref="Default"/>).</summary>
    public MappingRegistryBuilder ToBuilder() => new(this);

    /// <summary>Every adapter, sorted by module name.</summary>
    public ImmutableArray<ModuleAdapter> Modules { get; }

    /// <summary>The names of the providers, in registration order.</summary>
    public ImmutableArray<string> Providers { get; }

    internal ImmutableDictionary<string, ModuleAdapter> ByName => _byName;

    /// <summary>The adapter of <paramref name="moduleName"/>, if any.</summary>
    public bool TryGetModule(string moduleName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ModuleAdapter? adapter) =>
        _byName.TryGetValue(moduleName, out adapter);

    /// <summary>The adapter of <paramref name="moduleName"/>, or null.</summary>
    public ModuleAdapter? GetModule(string moduleName) => _byName.TryGetValue(moduleName, out var a) ? a : null;

    /// <summary>The binding of <c>module.member</c> (or <c>module.Class.member</c>), or null.</summary>
    public MemberBinding? GetMember(string moduleName, string memberPath)
    {
        if (!TryGetModule(moduleName, out var adapter))
        {
            return null;
        }
        var parts = memberPath.Split('.');
        var member = adapter.GetMember(parts[0]);
        for (int i = 1; member is not null && i < parts.Length; i++)
        {
            member = member.GetMember(parts[i]);
        }
        return member;
    }

    /// <summary>
    /// The stubs as parsed trees (path <c>StubRoot/a/b.pyi</c>; a package with no adapter of its own gets an empty
    /// <c>__init__.pyi</c>), ready to be the references of a <see cref="PythonCompilation"/>. Parsed once.
    /// </summary>
    public ImmutableArray<PythonSyntaxTree> StubTrees => _stubTrees.Value;

    /// <summary>
    /// Options that name reference modules from <see cref="StubRoot"/>, and leave imports that resolve to no module to
    /// the mapping's diagnostics (PY4001–PY4003, from <see cref="Analysis.ImportAnalyzer"/> and the emitter) instead of
    /// PY1102; <paramref name="options"/> supplies the rest.
    /// </summary>
    public static PythonCompilationOptions CompilationOptions(PythonCompilationOptions? options = null) =>
        (options ?? PythonCompilationOptions.Default) with { ReferenceRoot = StubRoot, ReportUnresolvedImports = false };

    /// <summary>A compilation of <paramref name="program"/> whose references are this registry's stubs.</summary>
    public PythonCompilation CreateCompilation(string name, IEnumerable<PythonSyntaxTree> program, PythonCompilationOptions? options = null) =>
        PythonCompilation.Create(name, program, StubTrees, CompilationOptions(options));

    /// <summary>The stub path of <paramref name="moduleName"/>.</summary>
    public static string StubPath(string moduleName, bool isPackage = false)
    {
        var parts = moduleName.Split('.');
        return isPackage
            ? Path.Combine(StubRoot, Path.Combine(parts), "__init__.pyi")
            : Path.Combine(StubRoot, Path.Combine(parts[..^1]), parts[^1] + ".pyi");
    }

    private ImmutableArray<PythonSyntaxTree> ParseStubs()
    {
        var builder = ImmutableArray.CreateBuilder<PythonSyntaxTree>();
        var packages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in Modules)
        {
            var parts = m.ModuleName.Split('.');
            for (int i = 1; i < parts.Length; i++)
            {
                packages.Add(string.Join(".", parts.Take(i)));
            }
        }
        foreach (var m in Modules)
        {
            builder.Add(PythonSyntaxTree.ParseText(m.Stub, path: StubPath(m.ModuleName, packages.Contains(m.ModuleName))));
        }
        foreach (var p in packages.Where(p => !_byName.ContainsKey(p)).OrderBy(p => p, StringComparer.Ordinal))
        {
            builder.Add(PythonSyntaxTree.ParseText(string.Empty, path: StubPath(p, isPackage: true)));
        }
        return builder.ToImmutable();
    }
}

/// <summary>Collects adapters from providers and builds a <see cref="MappingRegistry"/>.</summary>
public sealed class MappingRegistryBuilder
{
    private readonly Dictionary<string, ModuleAdapter> _modules;
    private readonly List<string> _providers;

    internal MappingRegistryBuilder(MappingRegistry start)
    {
        _modules = new Dictionary<string, ModuleAdapter>(start.ByName, StringComparer.Ordinal);
        _providers = start.Providers.ToList();
    }

    /// <summary>Adds every adapter of <paramref name="provider"/>; a module that is already registered is an error.</summary>
    public MappingRegistryBuilder Add(IMappingProvider provider) => AddCore(provider, replace: false);

    /// <summary>Adds every adapter of <paramref name="provider"/>, replacing adapters of the same modules.</summary>
    public MappingRegistryBuilder Replace(IMappingProvider provider) => AddCore(provider, replace: true);

    /// <summary>Adds every public <see cref="IMappingProvider"/> with a parameterless constructor found in <paramref name="assembly"/>.</summary>
    public MappingRegistryBuilder AddProvidersFrom(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMappingProvider).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var t in types)
        {
            Add((IMappingProvider)Activator.CreateInstance(t)!);
        }
        return this;
    }

    /// <summary>Builds the registry.</summary>
    public MappingRegistry Build() =>
        new(_modules.ToImmutableDictionary(StringComparer.Ordinal), _providers.ToImmutableArray());

    private MappingRegistryBuilder AddCore(IMappingProvider provider, bool replace)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var name = string.IsNullOrEmpty(provider.Name) ? provider.GetType().FullName ?? "?" : provider.Name;
        foreach (var adapter in provider.GetAdapters())
        {
            if (!replace && _modules.TryGetValue(adapter.ModuleName, out var existing))
            {
                throw new InvalidOperationException(
                    $"module '{adapter.ModuleName}' is provided by both '{existing.Origin}' and '{name}'; use Replace to override an adapter");
            }
            if (adapter.Origin.Length > 0 && adapter.Origin != name)
            {
                throw new InvalidOperationException($"the adapter for '{adapter.ModuleName}' is already registered by '{adapter.Origin}'");
            }
            adapter.Origin = name;
            _modules[adapter.ModuleName] = adapter;
        }
        _providers.Add(name);
        return this;
    }
}
