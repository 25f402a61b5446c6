using Py2Wasm.Build;
using Py2Wasm.Emit.Rust;
using Xunit.Abstractions;

namespace Py2Wasm.EndToEnd.Tests;

/// <summary>
/// Typed emission (unboxed values where the emitter proves their type) and <c>--dynamic-only</c> must behave the same.
/// The corpus run (<see cref="CorpusTests"/>) builds every program in the default, typed mode. This fixture emits every
/// corpus program in both modes and compares the Rust: a program whose code is the same in both modes needs no second
/// run, so only the programs whose code differs are built again with <c>--dynamic-only</c> and run against CPython's
/// expectations, natively and under WASI.
/// </summary>
public sealed class TypedModeFixture
{
    /// <summary>Programs whose emitted code must differ between the modes (typed float arithmetic, guards that fail).</summary>
    internal static readonly string[] MustDiffer =
    {
        "numbers/typed_float_locals", "numbers/typed_float_traceback",
    };

    public TypedModeFixture()
    {
        var runtime = RuntimeLocator.Find(CorpusFinder.RepoRoot) ?? throw new InvalidOperationException("runtime/ not found");
        var emitter = new RustEmitter();
        var typedOptions = new EmitOptions { RuntimePath = runtime };
        var dynamicOptions = typedOptions with { DynamicOnly = true };
        var all = CorpusFinder.Find();
        var differing = new List<CorpusProgram>();
        foreach (var p in all)
        {
            var program = ProgramLoader.Load(p.Path, Path.GetFileName(p.Path)) with { Name = p.Name };
            var typed = emitter.EmitBatch("mode-probe", new[] { program }, typedOptions);
            var dynamic = emitter.EmitBatch("mode-probe", new[] { program }, dynamicOptions);
            if (!typed.Files.Select(f => f.RelativePath + "\n" + f.Text).SequenceEqual(dynamic.Files.Select(f => f.RelativePath + "\n" + f.Text), StringComparer.Ordinal))
            {
                differing.Add(p);
            }
        }
        Compared = all.Count;
        Differing = differing.Select(p => p.Name).ToList();
        Dynamic = new CorpusFixture(differing, "py2wasm-dynamic-mode", wasi: true, dynamicOnly: true);
    }

    /// <summary>How many corpus programs were emitted in both modes.</summary>
    public int Compared { get; }

    /// <summary>The programs whose Rust differs between typed and dynamic-only emission.</summary>
    public List<string> Differing { get; }

    /// <summary>The dynamic-only build and runs of <see cref="Differing"/>.</summary>
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

    private static string ExpectedPassFile => Path.Combine(CorpusFinder.RepoRoot, "tests", "Py2Wasm.EndToEnd.Tests", "expected-pass.txt");

    [Fact]
    public void TypedEmissionChangesTheProgramsWithTypedArithmetic()
    {
        _output.WriteLine(_fixture.Differing.Count + " of " + _fixture.Compared + " programs differ between the modes:\n" + string.Join("\n", _fixture.Differing));
        foreach (var name in TypedModeFixture.MustDiffer.Where(CorpusFinder.Selected))
        {
            Assert.Contains(name, _fixture.Differing);
        }
    }

    /// <summary>
    /// Every program whose code differs between the modes and that passes in typed mode (expected-pass.txt: natively and
    /// under WASI) must pass with <c>--dynamic-only</c> on both targets too.
    /// </summary>
    [Fact]
    public void DynamicOnlyBuildMatchesCPythonWhereTheCodeDiffers()
    {
        var run = _fixture.Dynamic;
        _output.WriteLine(run.Summary);
        Assert.True(run.BuildError is null, "dynamic-only build failed: " + run.BuildError);
        var expected = File.ReadAllLines(ExpectedPassFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var name in _fixture.Differing)
        {
            if (run.Rejections.TryGetValue(name, out var d))
            {
                // Typed and dynamic-only emission must accept the same programs.
                problems.Add(name + ": rejected only with --dynamic-only: " + d[0].Id + " " + d[0].GetMessage());
                continue;
            }
            if (!expected.Contains(name)) continue;
            foreach (var (target, results) in new[] { ("native", run.Native), ("wasi", run.Wasi) })
            {
                if (!results.TryGetValue(name, out var r)) problems.Add(name + ": did not run (" + target + ")");
                else if (r.Outcome != Outcome.Passed) problems.Add(name + " (" + target + ", dynamic-only): " + r.Detail);
            }
        }
        _output.WriteLine(string.Join("\n", problems));
        Assert.True(problems.Count == 0, problems.Count + " problems:\n" + string.Join("\n", problems));
    }
}
