namespace Py2Wasm.Mapping.Tests;

public class RegistryTests
{
    private static ModuleAdapter Tiny(string name) =>
        ModuleAdapter.Create(name).WithStub("def f() -> None: ...\n").WithModuleObject(RustBinding.FromTemplate("tiny::module()"))
            .Function("f", RustBinding.FromTemplate("tiny::f()")).Build();

    [Fact]
    public void DefaultRegistryIsBuiltOnceAndSorted()
    {
        Assert.Same(MappingRegistry.Default, MappingRegistry.Default);
        var names = MappingRegistry.Default.Modules.Select(m => m.ModuleName).ToList();
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
        Assert.Equal(new[] { "stdlib" }, MappingRegistry.Default.Providers);
        Assert.All(MappingRegistry.Default.Modules, m => Assert.Equal("stdlib", m.Origin));
    }

    [Fact]
    public void ExtendingTheDefaultLeavesItUnchanged()
    {
        var extended = MappingRegistry.Default.ToBuilder().Add(new InlineProvider("tiny", Tiny("tiny"))).Build();
        Assert.NotNull(extended.GetModule("tiny"));
        Assert.Null(MappingRegistry.Default.GetModule("tiny"));
        Assert.Equal(MappingRegistry.Default.Modules.Length + 1, extended.Modules.Length);
        Assert.Equal(new[] { "stdlib", "tiny" }, extended.Providers);
    }

    [Fact]
    public void TwoProvidersOfOneModuleConflictUnlessOneReplaces()
    {
        var e = Assert.Throws<InvalidOperationException>(() => MappingRegistry.Default.ToBuilder().Add(new InlineProvider("mine", Tiny("math"))).Build());
        Assert.Equal("module 'math' is provided by both 'stdlib' and 'mine'; use Replace to override an adapter", e.Message);
        var replaced = MappingRegistry.Default.ToBuilder().Replace(new InlineProvider("mine", Tiny("math"))).Build();
        Assert.Equal("mine", replaced.GetModule("math")!.Origin);
    }

    [Fact]
    public void SubmoduleAdaptersGetPackageStubs()
    {
        var registry = MappingRegistry.CreateBuilder().Add(new InlineProvider("t", Tiny("outer.inner"))).Build();
        var paths = registry.StubTrees.Select(t => t.FilePath.Replace('\\', '/')).ToList();
        Assert.Equal(new[] { "/py2wasm-stubs/outer/inner.pyi", "/py2wasm-stubs/outer/__init__.pyi" }, paths.Select(p => p[p.IndexOf("/py2wasm-stubs", StringComparison.Ordinal)..]));
        var compilation = registry.CreateCompilation("t", new[] { Py2Wasm.Syntax.PythonSyntaxTree.ParseText("import outer.inner\n", path: "/virtual/p/main.py") });
        Assert.NotNull(compilation.GetModule("outer.inner"));
        Assert.True(compilation.GetModule("outer")!.IsPackage);
    }

    [Fact]
    public void BuildersRejectMistakes()
    {
        Assert.Throws<ArgumentException>(() => ModuleAdapter.Create("not-a-module"));
        Assert.Throws<InvalidOperationException>(() => ModuleAdapter.Create("m").WithModuleObject(RustBinding.TypeOnly).Build());
        Assert.Throws<InvalidOperationException>(() => ModuleAdapter.Create("m").WithStub("").WithModuleObject(RustBinding.TypeOnly)
            .Function("f", RustBinding.TypeOnly).Function("f", RustBinding.TypeOnly).Build());
        Assert.Throws<ArgumentException>(() => RustBinding.FromTemplate("f({x})"));
        Assert.Throws<ArgumentException>(() => new MemberBinding("f", MemberKind.Function, RustBinding.TypeOnly, new[] { new MemberBinding("g", MemberKind.Method, RustBinding.TypeOnly) }));
    }

    [Fact]
    public void ProvidersAreFoundInAnAssembly()
    {
        var registry = MappingRegistry.CreateBuilder().AddProvidersFrom(typeof(MappingRegistry).Assembly).Build();
        Assert.Equal(MappingRegistry.Default.Modules.Select(m => m.ModuleName), registry.Modules.Select(m => m.ModuleName));
    }

    [Fact]
    public void KnownPackagesNormalizeNames()
    {
        Assert.Equal("pyyaml", KnownPackages.NormalizeDistribution("PyYAML"));
        Assert.Equal("typing-extensions", KnownPackages.NormalizeDistribution("typing__Extensions"));
        Assert.True(KnownPackages.TryGetDistribution("bs4.element", out var d));
        Assert.Equal("beautifulsoup4", d);
        Assert.True(KnownPackages.TryGetModules("Beautifulsoup4", out var modules));
        Assert.Equal(new[] { "bs4" }, modules);
    }

    [Fact]
    public void CPythonDataIsLoaded()
    {
        Assert.StartsWith("3.12", CPythonNames.Version);
        Assert.True(CPythonNames.IsStandardModule("os.path"));
        Assert.False(CPythonNames.IsStandardModule("numpy"));
        Assert.True(CPythonNames.TryGetNames("math", out var math));
        Assert.Equal(CPythonNameKind.Constant, math["pi"]);
        Assert.Equal(CPythonNameKind.Function, math["sqrt"]);
        Assert.False(CPythonNames.TryGetNames("antigravity", out _));
    }
}
