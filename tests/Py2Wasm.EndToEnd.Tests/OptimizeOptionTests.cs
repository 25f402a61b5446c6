using Py2Wasm.Build;

namespace Py2Wasm.EndToEnd.Tests;

/// <summary>
/// The tuning of WebAssembly builds (<c>--optimize speed|size</c>, docs/benchmarks.md "WASI speed"): each target's
/// default and explicit choices. The builds themselves are checked by hand (an LTO build per tuning is minutes).
/// </summary>
public sealed class OptimizeOptionTests
{
    [Fact]
    public void WasmTargetsDefaultToSize()
    {
        var options = new BuildOptions();
        Assert.Equal(Optimize.Size, options.OptimizeFor(BuildTarget.Wasi));
        Assert.Equal(Optimize.Size, options.OptimizeFor(BuildTarget.Web));
    }

    [Theory]
    [InlineData(Optimize.Speed)]
    [InlineData(Optimize.Size)]
    public void AnExplicitChoiceWinsForEveryWasmTarget(Optimize optimize)
    {
        var options = new BuildOptions { Optimize = optimize };
        Assert.Equal(optimize, options.OptimizeFor(BuildTarget.Wasi));
        Assert.Equal(optimize, options.OptimizeFor(BuildTarget.Web));
    }
}
