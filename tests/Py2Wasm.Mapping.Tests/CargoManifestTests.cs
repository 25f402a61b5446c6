using Py2Wasm.Mapping.Cargo;

namespace Py2Wasm.Mapping.Tests;

public class CargoManifestTests
{
    [Theory]
    [InlineData("1.9", "1.9.0", "2.0.0")]
    [InlineData("^0.4", "0.4.0", "0.5.0")]
    [InlineData("0.0.3", "0.0.3", "0.0.4")]
    [InlineData("~1.2.3", "1.2.3", "1.3.0")]
    [InlineData("~1", "1.0.0", "2.0.0")]
    [InlineData("=2.0.1", "2.0.1", "2.0.2")]
    [InlineData("1.*", "1.0.0", "2.0.0")]
    [InlineData(">=1.2, <1.5", "1.2.0", "1.5.0")]
    [InlineData(">=1.2", "1.2.0", null)]
    [InlineData("*", "0.0.0", null)]
    public void RequirementsBecomeCargosRanges(string text, string lower, string? upper)
    {
        Assert.True(CargoVersionRequirement.TryParse(text, out var r, out var error), error);
        Assert.Equal(lower, r!.Lower.ToString());
        Assert.Equal(upper, r.Upper?.ToString());
    }

    [Fact]
    public void FeaturesAreUnitedAndVersionsUnified()
    {
        var deps = new CargoManifestBuilder()
            .Add(new CrateDependency("indexmap", "1.6").WithFeatures("std"), "a")
            .Add(new CrateDependency("indexmap", "1.9") { DefaultFeatures = false }.WithFeatures("serde", "std"), "b")
            .Add(new CrateDependency("regex", ">=1.5, <1.8"), "c")
            .Add(new CrateDependency("regex", "~1.7"), "d")
            .Add(new CrateDependency("pyrt", "0.1.0") { Path = "/repo/runtime", Package = "py2wasm-runtime" }, "py2wasm")
            .Build();
        Assert.True(deps.Success);
        Assert.Equal("""
            [dependencies]
            indexmap = { version = "1.9", features = ["serde", "std"] }
            pyrt = { package = "py2wasm-runtime", version = "0.1.0", path = "/repo/runtime" }
            regex = { version = "~1.7" }

            """, deps.ToToml());
        Assert.Equal(new[] { "a", "b" }, deps.Crates[0].RequiredBy);
    }

    [Fact]
    public void IntersectionWithoutAnInputOfTheSameRangeIsWrittenAsBounds()
    {
        var deps = new CargoManifestBuilder()
            .Add(new CrateDependency("num-bigint", ">=0.3"), "a")
            .Add(new CrateDependency("num-bigint", "<0.4.3"), "b")
            .Build();
        Assert.Equal(">=0.3.0, <0.4.3", Assert.Single(deps.Crates).VersionRequirement);
    }

    [Fact]
    public void ConflictingVersionsAreReported()
    {
        var deps = new CargoManifestBuilder()
            .Add(new CrateDependency("ndarray", "0.15"), "numpy")
            .Add(new CrateDependency("ndarray", "0.16"), "scipy")
            .Add(new CrateDependency("ndarray", "0.15.6"), "pandas")
            .Add(new CrateDependency("log", "0.4"), "numpy")
            .Build();
        Assert.Equal("log", Assert.Single(deps.Crates).Name);
        var d = Assert.Single(deps.Diagnostics);
        Assert.Equal("PY4010", d.Id);
        Assert.Equal("no version of crate 'ndarray' satisfies every adapter: '0.15' for numpy, '0.16' for scipy, '0.15.6' for pandas", d.GetMessage());
    }

    [Fact]
    public void InvalidRequirementsAndDifferentSourcesAreReported()
    {
        var deps = new CargoManifestBuilder()
            .Add(new CrateDependency("a", "one.two"), "m")
            .Add(new CrateDependency("b", "1") { Path = "/x/b" }, "m")
            .Add(new CrateDependency("b", "1"), "n")
            .Build();
        Assert.Equal(new[] { "PY4010", "PY4011" }, deps.Diagnostics.Select(d => d.Id));
        Assert.Contains("is not a version requirement", deps.Diagnostics[0].GetMessage());
        Assert.Equal("adapters take crate 'b' from different sources: path /x/b for m; crates.io for n", deps.Diagnostics[1].GetMessage());
    }
}
