using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Py2Wasm.Build;
using Py2Wasm.Emit.Rust;
using Xunit.Abstractions;

namespace Py2Wasm.EndToEnd.Tests;

/// <summary>
/// Threads run to completion at <c>start()</c> (docs/runtime.md, "Threads"). The programs in tests/thread-blocking
/// need a real concurrent schedule, so CPython prints something this model cannot reproduce (or hangs): each must end
/// with the clear error its first line names (<c># expect: LAST STDERR LINE</c>) and exit status 1, natively and under
/// WASI, instead of printing something else. CPython cannot be the oracle here: the point is that we differ loudly.
/// </summary>
public sealed class ThreadBlockingFixture
{
    public static string Folder => Path.Combine(CorpusFinder.RepoRoot, "tests", "thread-blocking");

    public List<string> Programs { get; } = Directory.EnumerateFiles(Folder, "*.py").OrderBy(p => p, StringComparer.Ordinal).ToList();

    /// <summary>Per program and target: exit status, stdout and stderr.</summary>
    public Dictionary<(string Program, string Target), (int Exit, string Stdout, string Stderr)> Runs { get; } = new();

    public string? BuildError { get; }

    public ThreadBlockingFixture()
    {
        var runtime = RuntimeLocator.Find(CorpusFinder.RepoRoot) ?? throw new InvalidOperationException("runtime/ not found");
        var loaded = Programs.Select(p => ProgramLoader.Load(p, Path.GetFileName(p)) with { Name = Path.GetFileNameWithoutExtension(p) }).ToList();
        var (files, diagnostics) = new RustEmitter().EmitBatch("py2wasm-thread-blocking", loaded, new EmitOptions { RuntimePath = runtime });
        var rejected = diagnostics.SelectMany(d => d.Value).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (rejected.Count > 0)
        {
            BuildError = string.Join("\n", rejected.Select(d => d.Id + " " + d.GetMessage()));
            return;
        }
        var builder = new CrateBuilder(new BuildOptions { SkipWasmOpt = true, WasmProfile = "wasm-fast", NativeProfile = "test-fast" });
        var native = builder.Build(files, BuildTarget.Native);
        var wasi = builder.Build(files, BuildTarget.Wasi);
        var errors = native.Diagnostics.Concat(wasi.Diagnostics).Select(d => d.GetMessage()).ToList();
        if (errors.Count > 0 || native.ArtifactPath is null || wasi.ArtifactPath is null)
        {
            BuildError = string.Join("\n", errors);
            return;
        }
        var runner = RuntimeLocator.WasiRunnerScript(new BuildOptions().CacheDirectory);
        foreach (var (path, program) in Programs.Zip(loaded))
        {
            var psi = new ProcessStartInfo(native.ArtifactPath) { WorkingDirectory = Folder };
            psi.Environment["PY2WASM_PROGRAM"] = program.Name;
            var n = Runner.Run(psi, Array.Empty<byte>(), TimeSpan.FromSeconds(20));
            Runs[(path, "native")] = (n.TimedOut ? -1 : n.Exit, System.Text.Encoding.UTF8.GetString(n.Stdout), n.Stderr);
            var w = new ProcessStartInfo("node") { WorkingDirectory = Folder };
            foreach (var a in new[] { "--no-warnings", "--stack-size=4000", runner, wasi.ArtifactPath }) w.ArgumentList.Add(a);
            w.Environment["PY2WASM_PROGRAM"] = program.Name;
            var r = Runner.Run(w, Array.Empty<byte>(), TimeSpan.FromSeconds(60));
            Runs[(path, "wasi")] = (r.TimedOut ? -1 : r.Exit, System.Text.Encoding.UTF8.GetString(r.Stdout), r.Stderr);
        }
    }
}

public sealed class ThreadBlockingTests : IClassFixture<ThreadBlockingFixture>
{
    private readonly ThreadBlockingFixture _fixture;
    private readonly ITestOutputHelper _output;

    public ThreadBlockingTests(ThreadBlockingFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public void EveryBlockingProgramEndsWithItsClearError()
    {
        Assert.True(_fixture.BuildError is null, _fixture.BuildError);
        Assert.True(_fixture.Programs.Count >= 9, "tests/thread-blocking has too few programs");
        var failures = new List<string>();
        foreach (var program in _fixture.Programs)
        {
            var expect = File.ReadLines(program).First();
            Assert.StartsWith("# expect: RuntimeError: py2wasm: ", expect, StringComparison.Ordinal);
            expect = expect["# expect: ".Length..];
            foreach (var target in new[] { "native", "wasi" })
            {
                var (exit, stdout, stderr) = _fixture.Runs[(program, target)];
                var last = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
                _output.WriteLine($"{Path.GetFileName(program)} ({target}): exit {exit}; {last}");
                if (exit != 1 || last != expect)
                {
                    failures.Add($"{Path.GetFileName(program)} ({target}): exit {exit}, last stderr line '{last}', expected '{expect}'; stdout: {stdout}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
