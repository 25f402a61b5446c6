using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Py2Wasm.Build;
using Py2Wasm.Emit.Rust;
using Py2Wasm.Mapping;
using Py2Wasm.Mapping.Analysis;

namespace Py2Wasm.EndToEnd.Tests;

/// <summary>
/// Compiles the whole corpus into one crate (one Rust module per program, a dispatcher main), builds it once
/// natively and once for wasm32-wasi, and runs every program on both, comparing stdout and exit code with CPython's.
/// </summary>
public sealed class CorpusFixture
{
    public List<CorpusProgram> Programs { get; }
    public Dictionary<string, ImmutableArray<Diagnostic>> Rejections { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ProgramResult> Native { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ProgramResult> Wasi { get; } = new(StringComparer.Ordinal);
    public string Summary { get; }
    public string? BuildError { get; }

    public CorpusFixture()
        : this(CorpusFinder.Find(), "py2wasm-corpus", wasi: true)
    {
    }

    /// <summary>
    /// Builds and runs <paramref name="programs"/> (any folder of programs with CPython's expectations: the corpus, the
    /// mapping snippets) as one crate named <paramref name="crateName"/>; under WASI too when <paramref name="wasi"/>;
    /// with the dynamic value everywhere when <paramref name="dynamicOnly"/> (<c>--dynamic-only</c>).
    /// </summary>
    internal CorpusFixture(List<CorpusProgram> programs, string crateName, bool wasi, bool dynamicOnly = false)
    {
        var sw = Stopwatch.StartNew();
        Programs = programs;
        var runtime = RuntimeLocator.Find(CorpusFinder.RepoRoot) ?? throw new InvalidOperationException("runtime/ not found");
        var loaded = new List<PythonProgram>();
        var byName = new Dictionary<string, CorpusProgram>(StringComparer.Ordinal);
        foreach (var p in Programs)
        {
            var program = ProgramLoader.Load(p.Path, Path.GetFileName(p.Path));
            loaded.Add(program with { Name = p.Name });
            byName[p.Name] = p;
        }
        var (files, diagnostics) = new RustEmitter().EmitBatch(crateName, loaded, new EmitOptions { RuntimePath = runtime, DynamicOnly = dynamicOnly });
        foreach (var (name, d) in diagnostics)
        {
            if (d.Any(x => x.Severity == DiagnosticSeverity.Error)) Rejections[name] = d;
        }
        // The CLI also checks every import against the mapping registry (PY4xxx) before it builds: a program the
        // registry rejects is rejected here too, so the corpus measures what `py2wasm run` does.
        var imports = new ImportAnalyzer(MappingRegistry.Default);
        foreach (var program in loaded)
        {
            var mapping = imports.Analyze(program.Name, program.Modules.Select(m => m.Tree)).Diagnostics
                .Where(x => x.Id.StartsWith("PY4", StringComparison.Ordinal) && x.Severity == DiagnosticSeverity.Error).ToImmutableArray();
            if (mapping.Length > 0) Rejections[program.Name] = Rejections.TryGetValue(program.Name, out var d) ? mapping.AddRange(d) : mapping;
        }
        var emitTime = sw.Elapsed;
        // The quickest profiles: generated code at opt-level 0 (the runtime at 1), no wasm-opt.
        var builder = new CrateBuilder(new BuildOptions { SkipWasmOpt = true, WasmProfile = "wasm-test-fast", NativeProfile = "test-fast" });
        var native = builder.Build(files, BuildTarget.Native);
        var nativeTime = sw.Elapsed - emitTime;
        var wasiBuild = wasi ? builder.Build(files, BuildTarget.Wasi) : null;
        var wasiTime = sw.Elapsed - emitTime - nativeTime;
        var errors = native.Diagnostics.Concat(wasiBuild?.Diagnostics ?? Enumerable.Empty<Diagnostic>()).Select(d => d.GetMessage()).ToList();
        BuildError = errors.Count == 0 ? null : string.Join("\n", errors);
        var compiled = Programs.Where(p => !Rejections.ContainsKey(p.Name)).ToList();
        var native2 = new ConcurrentDictionary<string, ProgramResult>();
        if (native.ArtifactPath is not null)
        {
            Parallel.ForEach(compiled, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, p =>
            {
                var psi = new ProcessStartInfo(native.ArtifactPath) { WorkingDirectory = p.Directory };
                foreach (var arg in p.Args) psi.ArgumentList.Add(arg);
                psi.Environment["PY2WASM_PROGRAM"] = p.Name;
                var (exit, stdout, stderr, timedOut) = Runner.Run(psi, p.Stdin, TimeSpan.FromSeconds(20));
                native2[p.Name] = Judge(p, exit, stdout, stderr, timedOut);
            });
        }
        var wasi2 = wasiBuild?.ArtifactPath is not null ? RunWasiBatch(wasiBuild.ArtifactPath, compiled) : new Dictionary<string, ProgramResult>();
        var runTime = sw.Elapsed - emitTime - nativeTime - wasiTime;
        foreach (var (k, v) in native2) Native[k] = v;
        foreach (var (k, v) in wasi2) Wasi[k] = v;
        var sb = new StringBuilder();
        sb.Append("corpus: ").Append(Programs.Count).Append(" programs, ").Append(Rejections.Count).Append(" rejected (PY diagnostics)\n");
        sb.Append("native: ").Append(Native.Values.Count(r => r.Outcome == Outcome.Passed)).Append(" passed, ")
          .Append(Native.Values.Count(r => r.Outcome == Outcome.Failed)).Append(" failed\n");
        sb.Append("wasi:   ").Append(Wasi.Values.Count(r => r.Outcome == Outcome.Passed)).Append(" passed, ")
          .Append(Wasi.Values.Count(r => r.Outcome == Outcome.Failed)).Append(" failed\n");
        sb.Append("times: emit ").Append(emitTime.TotalSeconds.ToString("F1")).Append("s, native build ").Append(nativeTime.TotalSeconds.ToString("F1"))
          .Append("s, wasi build ").Append(wasiTime.TotalSeconds.ToString("F1")).Append("s, runs ").Append(runTime.TotalSeconds.ToString("F1")).Append("s, total ").Append(sw.Elapsed.TotalSeconds.ToString("F1")).Append("s\n");
        Summary = sb.ToString();
        WriteReport();
    }

    /// <summary>PY2WASM_CORPUS_REPORT=path writes every program's outcome on both targets, with the first difference.</summary>
    private void WriteReport()
    {
        var path = Environment.GetEnvironmentVariable("PY2WASM_CORPUS_REPORT");
        if (string.IsNullOrEmpty(path)) return;
        var sb = new StringBuilder(Summary);
        if (BuildError is not null) sb.Append("build error: ").Append(BuildError).Append('\n');
        foreach (var p in Programs)
        {
            if (Rejections.TryGetValue(p.Name, out var d))
            {
                sb.Append("rejected ").Append(p.Name).Append(": ").Append(string.Join("; ", d.Where(x => x.Severity == DiagnosticSeverity.Error)
                    .Select(x => x.Id + " " + (x.Location.GetLineSpan().StartLinePosition.Line + 1) + ": " + x.GetMessage()))).Append('\n');
                continue;
            }
            foreach (var (target, results) in new[] { ("native", Native), ("wasi", Wasi) })
            {
                if (results.TryGetValue(p.Name, out var r))
                    sb.Append(r.Outcome == Outcome.Passed ? "passed " : "FAILED ").Append(target).Append(' ').Append(p.Name).Append(r.Detail.Length > 0 ? ": " + r.Detail : "").Append('\n');
            }
        }
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>
    /// Runs <paramref name="programs"/> from one WASI module in node processes of 100 programs each (run_wasi_batch.mjs),
    /// which compile the module once; starting node for each program costs 1.4-6 s of compiling apiece.
    /// </summary>
    private static Dictionary<string, ProgramResult> RunWasiBatch(string wasm, List<CorpusProgram> programs)
    {
        var dir = Directory.CreateTempSubdirectory("py2wasm-wasi-batch-").FullName;
        try
        {
            var jobs = new List<Dictionary<string, object?>>();
            for (int i = 0; i < programs.Count; i++)
            {
                var p = programs[i];
                string? stdin = null;
                var input = p.Stdin;
                if (input.Length > 0)
                {
                    stdin = Path.Combine(dir, i + ".in");
                    File.WriteAllBytes(stdin, input);
                }
                jobs.Add(new Dictionary<string, object?>
                {
                    ["id"] = i, ["cwd"] = p.Directory, ["args"] = p.Args, ["env"] = new Dictionary<string, string> { ["PY2WASM_PROGRAM"] = p.Name },
                    ["stdin"] = stdin, ["stdout"] = Path.Combine(dir, i + ".out"), ["stderr"] = Path.Combine(dir, i + ".err"), ["timeoutMs"] = 60_000,
                });
            }
            // Batches of 100 programs, one node process each: a process's memory stays bounded (a node that ran a
            // whole corpus of 700 programs next to a rustc build was killed part way).
            var results = new Dictionary<string, ProgramResult>(StringComparer.Ordinal);
            const int BatchSize = 100;
            for (int first = 0; first < jobs.Count; first += BatchSize)
            {
                var jobsPath = Path.Combine(dir, "jobs" + first + ".json");
                File.WriteAllText(jobsPath, System.Text.Json.JsonSerializer.Serialize(jobs.Skip(first).Take(BatchSize).ToList()));
                var psi = new ProcessStartInfo("node") { WorkingDirectory = dir };
                foreach (var a in new[] { "--no-warnings", "--stack-size=4000", Path.Combine(CorpusFinder.RepoRoot, "tests", "Py2Wasm.EndToEnd.Tests", "run_wasi_batch.mjs"),
                             wasm, jobsPath, Math.Max(2, Environment.ProcessorCount).ToString() })
                    psi.ArgumentList.Add(a);
                // Generous: every program has its own limit inside the batch.
                var (_, output, _, _) = Runner.Run(psi, Array.Empty<byte>(), TimeSpan.FromHours(1));
                foreach (var line in Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    // A process killed while writing leaves a partial last line: its program runs again below.
                    if (!line.EndsWith('}')) continue;
                    using var doc = System.Text.Json.JsonDocument.Parse(line);
                    var id = doc.RootElement.GetProperty("id").GetInt32();
                    var p = programs[id];
                    var late = doc.RootElement.GetProperty("timedOut").GetBoolean();
                    var exit = late ? -1 : doc.RootElement.GetProperty("exit").GetInt32();
                    results[p.Name] = Judge(p, exit, File.ReadAllBytes(Path.Combine(dir, id + ".out")), File.ReadAllText(Path.Combine(dir, id + ".err")), late);
                }
            }
            // A batch that ended early (node killed, out of memory) leaves programs without a result: those run one
            // by one under the single-program runner, as `py2wasm run --target wasi` runs them.
            var runner = RuntimeLocator.WasiRunnerScript(new BuildOptions().CacheDirectory);
            Parallel.ForEach(programs.Where(p => !results.ContainsKey(p.Name)).ToList(), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, p =>
            {
                var single = new ProcessStartInfo("node") { WorkingDirectory = p.Directory };
                foreach (var a in new[] { "--no-warnings", "--stack-size=4000", runner, wasm }) single.ArgumentList.Add(a);
                foreach (var arg in p.Args) single.ArgumentList.Add(arg);
                single.Environment["PY2WASM_PROGRAM"] = p.Name;
                var (exit, stdout, stderr, late) = Runner.Run(single, p.Stdin, TimeSpan.FromSeconds(60));
                var r = Judge(p, exit, stdout, stderr, late);
                lock (results) results[p.Name] = r;
            });
            return results;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Compares one run's exit code and stdout with CPython's.</summary>
    private static ProgramResult Judge(CorpusProgram p, int exit, byte[] stdout, string stderr, bool timedOut)
    {
        if (timedOut) return new ProgramResult(p, Outcome.Failed, "timed out");
        var expected = p.ExpectedStdout;
        if (exit == p.ExpectedExit && stdout.AsSpan().SequenceEqual(expected)) return new ProgramResult(p, Outcome.Passed, "");
        var detail = new StringBuilder();
        detail.Append("exit ").Append(exit).Append(" (expected ").Append(p.ExpectedExit).Append(')');
        var a = Encoding.UTF8.GetString(stdout).Split('\n');
        var e = Encoding.UTF8.GetString(expected).Split('\n');
        for (int i = 0; i < Math.Max(a.Length, e.Length); i++)
        {
            var x = i < a.Length ? a[i] : "<missing>";
            var y = i < e.Length ? e[i] : "<missing>";
            if (x != y)
            {
                detail.Append("; line ").Append(i + 1).Append(": got ").Append(Trim(x)).Append(" expected ").Append(Trim(y));
                break;
            }
        }
        var lastErr = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (lastErr is not null) detail.Append("; stderr: ").Append(Trim(lastErr));
        return new ProgramResult(p, Outcome.Failed, detail.ToString());
    }

    private static string Trim(string s) => s.Length > 120 ? s[..120] + "..." : s;
}

[CollectionDefinition("corpus")]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
}
