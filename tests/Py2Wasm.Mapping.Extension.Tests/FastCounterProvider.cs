using Py2Wasm.Mapping;

namespace FastCounter;

/// <summary>
/// The mapping of the Python module <c>fastcounter</c> to the Rust crate in <c>rust/</c>: a stub for the types, a
/// binding per name, the crate, and where it runs. Everything here is public API of Py2Wasm.Mapping.
/// </summary>
public sealed class FastCounterProvider : IMappingProvider
{
    /// <summary>Where the crate lives (a real adapter would name a crates.io version instead of a path).</summary>
    public static string CrateDirectory { get; set; } = Path.Combine(Py2Wasm.Syntax.Tests.Infrastructure.GoldenFile.RepoRoot, "tests", "Py2Wasm.Mapping.Extension.Tests", "rust");

    /// <inheritdoc/>
    public string Name => "fastcounter";

    /// <inheritdoc/>
    public IEnumerable<ModuleAdapter> GetAdapters()
    {
        yield return ModuleAdapter.Create("fastcounter")
            .WithStub(ReadStub())
            .WithDescription("crate fastcounter (tests/Py2Wasm.Mapping.Extension.Tests/rust)")
            .FromDistribution("fastcounter", "1.0")
            .RequiresCrate(new CrateDependency("fastcounter", "0.1") { Path = CrateDirectory })
            .WithModuleObject(RustBinding.FromTemplate("fastcounter::module()"))
            .Function("count_words", RustBinding.Dispatch("fastcounter::call", "count_words"))
            .Function("top", RustBinding.Dispatch("fastcounter::call", "top"))
            .Constant("VERSION", RustBinding.FromTemplate("pyrt::obj::Obj::str(fastcounter::VERSION)"))
            .Build();
    }

    private static string ReadStub()
    {
        using var stream = typeof(FastCounterProvider).Assembly.GetManifestResourceStream("FastCounter.fastcounter.pyi")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
