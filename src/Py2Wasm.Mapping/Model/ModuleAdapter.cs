using System.Collections.Immutable;
using Py2Wasm.Semantics;
using Py2Wasm.Syntax;

namespace Py2Wasm.Mapping;

/// <summary>
/// Everything the compiler needs to know about one Python module that is implemented in Rust: its types (a
/// <c>.pyi</c> stub, typeshed style), a Rust binding for each public name, the crates those need and where the
/// result can run. Made with <see cref="Create"/>; immutable.
/// </summary>
public sealed class ModuleAdapter
{
    internal ModuleAdapter(ModuleAdapterBuilder b)
    {
        ModuleName = b.ModuleName;
        PythonSource = b.PythonSourceText;
        Stub = b.StubText ?? PythonSource ?? throw new InvalidOperationException($"the adapter for '{b.ModuleName}' has no stub: call WithStub");
        ModuleObject = b.ModuleObjectBinding ?? (PythonSource is null
            ? throw new InvalidOperationException($"the adapter for '{b.ModuleName}' has no module object: call WithModuleObject")
            : RustBinding.Python);
        Members = (b.MemberList.Count == 0 && PythonSource is not null ? PythonMembers(b.ModuleName, PythonSource) : b.MemberList)
            .OrderBy(m => m.Name, StringComparer.Ordinal).ToImmutableArray();
        Crates = b.CrateList.ToImmutableArray();
        Compatibility = b.ModuleCompatibility;
        Distribution = b.DistributionName;
        DistributionVersion = b.DistributionVersionText;
        Description = b.DescriptionText;
        PartOf = b.PartOfModule;
        var duplicate = Members.GroupBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"the adapter for '{ModuleName}' binds '{duplicate.Key}' twice");
        }
    }

    /// <summary>Starts an adapter for the module <paramref name="moduleName"/> (dotted for submodules: <c>os.path</c>).</summary>
    public static ModuleAdapterBuilder Create(string moduleName) => new(moduleName);

    /// <summary>The dotted module name.</summary>
    public string ModuleName { get; }

    /// <summary>
    /// The Python source of a module implemented in Python, or null for one implemented in Rust. The compiler compiles
    /// it as a module of every program that imports it (so it must itself compile: only what the compiler supports), and
    /// its members are the public names the source defines.
    /// </summary>
    public string? PythonSource { get; }

    /// <summary>The <c>.pyi</c> stub text: the module's types, handed to the compilation as a reference.</summary>
    public string Stub { get; }

    /// <summary>The module object itself as a Rust value (for <c>import m</c> and dynamic attribute access).</summary>
    public RustBinding ModuleObject { get; }

    /// <summary>The public names, sorted.</summary>
    public ImmutableArray<MemberBinding> Members { get; }

    /// <summary>The crates the bindings need, besides the runtime (<c>pyrt</c>), which every program has.</summary>
    public ImmutableArray<CrateDependency> Crates { get; }

    /// <summary>Where the module can run.</summary>
    public WasmCompatibility Compatibility { get; }

    /// <summary>The PyPI distribution that provides this module in CPython (<c>PyYAML</c> for <c>yaml</c>); null for the standard library.</summary>
    public string? Distribution { get; }

    /// <summary>The distribution version whose behaviour the adapter follows (<c>1.26</c>), or null.</summary>
    public string? DistributionVersion { get; }

    /// <summary>One line for reports.</summary>
    public string? Description { get; }

    /// <summary>
    /// For a private half of another module (<c>_contextlib</c>, the Rust half that <c>contextlib</c>'s Python source
    /// imports): that module's name. Such an adapter is not a module of CPython's; its names are the other module's.
    /// </summary>
    public string? PartOf { get; }

    /// <summary>The name of the provider that registered it (set by the registry).</summary>
    public string Origin { get; internal set; } = "";

    /// <summary>The member named <paramref name="name"/>, or null.</summary>
    public MemberBinding? GetMember(string name) => Members.FirstOrDefault(m => m.Name == name);

    /// <summary>The compatibility of <paramref name="member"/>: its own, or the module's.</summary>
    public WasmCompatibility CompatibilityOf(MemberBinding member) => member.Compatibility ?? Compatibility;

    /// <inheritdoc/>
    public override string ToString() => $"adapter {ModuleName} ({Members.Length} names)";

    /// <summary>The public names a module's Python source binds at module level (and each class's), as members bound to <see cref="RustBinding.Python"/>.</summary>
    private static IEnumerable<MemberBinding> PythonMembers(string moduleName, string source)
    {
        var tree = PythonSyntaxTree.ParseText(source, path: moduleName + ".py");
        var table = SymbolTable.Build(tree);
        foreach (var name in Verification.AdapterVerifier.DeclaredNames(table.Root))
        {
            var scope = table.Root.Children.LastOrDefault(c => c.Name == name && c.Kind is ScopeKind.Class or ScopeKind.Function);
            switch (scope?.Kind)
            {
                case ScopeKind.Class:
                    yield return new MemberBinding(name, MemberKind.Class, RustBinding.Python,
                        Verification.AdapterVerifier.DeclaredNames(scope).Select(n => new MemberBinding(n, MemberKind.Method, RustBinding.Python)).ToImmutableArray());
                    break;
                case ScopeKind.Function:
                    yield return new MemberBinding(name, MemberKind.Function, RustBinding.Python);
                    break;
                default:
                    yield return new MemberBinding(name, MemberKind.Constant, RustBinding.Python);
                    break;
            }
        }
    }
}

/// <summary>Builds a <see cref="ModuleAdapter"/>. Methods return the builder, so calls chain.</summary>
public sealed class ModuleAdapterBuilder
{
    internal ModuleAdapterBuilder(string moduleName)
    {
        ArgumentException.ThrowIfNullOrEmpty(moduleName);
        if (moduleName.Split('.').Any(p => p.Length == 0 || !(char.IsLetter(p[0]) || p[0] == '_') || !p.All(c => char.IsLetterOrDigit(c) || c == '_')))
        {
            throw new ArgumentException($"'{moduleName}' is not a dotted Python module name", nameof(moduleName));
        }
        ModuleName = moduleName;
    }

    internal string ModuleName { get; }
    internal string? StubText { get; private set; }
    internal string? PythonSourceText { get; private set; }
    internal RustBinding? ModuleObjectBinding { get; private set; }
    internal List<MemberBinding> MemberList { get; } = new();
    internal List<CrateDependency> CrateList { get; } = new();
    internal WasmCompatibility ModuleCompatibility { get; private set; } = WasmCompatibility.Full;
    internal string? DistributionName { get; private set; }
    internal string? DistributionVersionText { get; private set; }
    internal string? DescriptionText { get; private set; }

    internal string? PartOfModule { get; private set; }

    /// <summary>Marks the adapter as a private half of <paramref name="module"/> (see <see cref="ModuleAdapter.PartOf"/>).</summary>
    public ModuleAdapterBuilder AsPartOf(string module)
    {
        ArgumentException.ThrowIfNullOrEmpty(module);
        PartOfModule = module;
        return this;
    }

    /// <summary>The <c>.pyi</c> stub text.</summary>
    public ModuleAdapterBuilder WithStub(string pyi)
    {
        StubText = pyi ?? throw new ArgumentNullException(nameof(pyi));
        return this;
    }

    /// <summary>
    /// Implements the module in Python: <paramref name="source"/> is compiled with every program that imports the
    /// module, like a module of the program. Unless set, the stub is the source itself, and the members are the public
    /// names it defines (<see cref="RustBinding.Python"/>). Write it against what the compiler supports; the mapping
    /// tests compile every adapter's names.
    /// </summary>
    public ModuleAdapterBuilder WithPythonSource(string source)
    {
        PythonSourceText = source ?? throw new ArgumentNullException(nameof(source));
        return this;
    }

    /// <summary>The Rust value of the module object.</summary>
    public ModuleAdapterBuilder WithModuleObject(RustBinding binding)
    {
        ModuleObjectBinding = binding ?? throw new ArgumentNullException(nameof(binding));
        return this;
    }

    /// <summary>The module's WASM compatibility (default: full).</summary>
    public ModuleAdapterBuilder WithCompatibility(WasmCompatibility compatibility)
    {
        ModuleCompatibility = compatibility ?? throw new ArgumentNullException(nameof(compatibility));
        return this;
    }

    /// <summary>The PyPI distribution (and the version it follows) that provides the module in CPython.</summary>
    public ModuleAdapterBuilder FromDistribution(string name, string? version = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        DistributionName = name;
        DistributionVersionText = version;
        return this;
    }

    /// <summary>One line for reports.</summary>
    public ModuleAdapterBuilder WithDescription(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>A crate the bindings need.</summary>
    public ModuleAdapterBuilder RequiresCrate(CrateDependency crate)
    {
        CrateList.Add(crate ?? throw new ArgumentNullException(nameof(crate)));
        return this;
    }

    /// <summary>Any member.</summary>
    public ModuleAdapterBuilder Bind(MemberBinding member)
    {
        MemberList.Add(member ?? throw new ArgumentNullException(nameof(member)));
        return this;
    }

    /// <summary>A function.</summary>
    public ModuleAdapterBuilder Function(string name, RustBinding rust, WasmCompatibility? compatibility = null) =>
        Bind(new MemberBinding(name, MemberKind.Function, rust, compatibility: compatibility));

    /// <summary>A constant.</summary>
    public ModuleAdapterBuilder Constant(string name, RustBinding rust) => Bind(new MemberBinding(name, MemberKind.Constant, rust));

    /// <summary>An attribute (read when used).</summary>
    public ModuleAdapterBuilder Attribute(string name, RustBinding rust, WasmCompatibility? compatibility = null) =>
        Bind(new MemberBinding(name, MemberKind.Attribute, rust, compatibility: compatibility));

    /// <summary>A class constructed by <paramref name="constructor"/>, with the methods and attributes <paramref name="members"/> adds.</summary>
    public ModuleAdapterBuilder Class(string name, RustBinding constructor, Action<ClassBindingBuilder>? members = null)
    {
        var cb = new ClassBindingBuilder();
        members?.Invoke(cb);
        return Bind(new MemberBinding(name, MemberKind.Class, constructor, cb.Members));
    }

    /// <summary>Builds the adapter.</summary>
    public ModuleAdapter Build() => new(this);
}

/// <summary>Adds the methods and attributes of a class binding.</summary>
public sealed class ClassBindingBuilder
{
    internal List<MemberBinding> Members { get; } = new();

    /// <summary>A method bound to <paramref name="rust"/> (default: looked up on the receiver by name at run time).</summary>
    public ClassBindingBuilder Method(string name, RustBinding? rust = null)
    {
        Members.Add(new MemberBinding(name, MemberKind.Method, rust ?? RustBinding.Method(name)));
        return this;
    }

    /// <summary>Several methods looked up on the receiver by name.</summary>
    public ClassBindingBuilder Methods(params string[] names)
    {
        foreach (var n in names)
        {
            Method(n);
        }
        return this;
    }

    /// <summary>An attribute of instances, read with <paramref name="rust"/> (default: <c>pyrt::ops::getattr({self}, "name")</c>).</summary>
    public ClassBindingBuilder Attribute(string name, RustBinding? rust = null)
    {
        Members.Add(new MemberBinding(name, MemberKind.Attribute, rust ?? RustBinding.FromTemplate("pyrt::ops::getattr({self}, \"" + name + "\")")));
        return this;
    }
}
