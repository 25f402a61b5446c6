using Xunit.Abstractions;

namespace Py2Wasm.EndToEnd.Tests;

/// <summary>
/// Programs built twice natively, typed (unboxed <c>float</c> locals where the emitter proves them) and with
/// <c>--dynamic-only</c>: both builds must print exactly what CPython printed and exit with its status.
/// </summary>
public sealed class TypedModeFixture
{
    /// <summary>Programs with typed float arithmetic (numeric edge cases, guards that fail) and a few ordinary ones.</summary>
    internal static readonly string[] Names =
    {
        "numbers/typed_float_locals", "numbers/typed_float_traceback", "numbers/float_repr_edge", "simulations/bouncing_ball",
        "typed/typed_nbody_small",
    };

    public TypedModeFixture()
    {
        var programs = Names.Select(n => new CorpusProgram(n, Path.Combine(CorpusFinder.CorpusRoot, n + ".py"))).ToList();
        Typed = new CorpusFixture(programs, "py2wasm-typed-mode", wasi: false);
        Dynamic = new CorpusFixture(programs, "py2wasm-dynamic-mode", wasi: false, dynamicOnly: true);
    }

    public CorpusFixture Typed { get; }
    public CorpusFixture Dynamic { get; }
}

public sealed class TypedModeTests : IClassFixture<TypedModeFixture>
{
    private readonly TypedModeFixture _fixture;
    private readonly ITestOutputHelper _output;

    public TypedModeTests(TypedModeFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public void TypedBuildMatchesCPython() => AssertAllPass(_fixture.Typed, "typed");

    [Fact]
    public void DynamicOnlyBuildMatchesCPython() => AssertAllPass(_fixture.Dynamic, "dynamic-only");

    private void AssertAllPass(CorpusFixture run, string mode)
    {
        _output.WriteLine(run.Summary);
        Assert.True(run.BuildError is null, mode + " build failed: " + run.BuildError);
        Assert.Empty(run.Rejections.Keys);
        foreach (var name in TypedModeFixture.Names)
        {
            Assert.True(run.Native.TryGetValue(name, out var r), mode + ": " + name + " did not run");
            Assert.True(r!.Outcome == Outcome.Passed, mode + " " + name + ": " + r.Detail);
        }
    }
}
