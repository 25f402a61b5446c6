using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Py2Wasm.Semantics;
using Py2Wasm.Syntax;

namespace Py2Wasm.Benchmarks;

/// <summary>
/// Parse + bind throughput over the standard-library corpus: every file lexed, parsed and bound into CPython
/// symtable-exact scopes (one operation = the whole corpus). Run with
/// <c>dotnet run -c Release --project benchmarks/Py2Wasm.Benchmarks -- --filter '*SemanticsBenchmarks*'</c>;
/// the exporter writes the semantics section of docs/benchmarks.md (with the load average at the end of the run).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SemanticsBenchmarkConfig))]
public class SemanticsBenchmarks
{
    private IReadOnlyList<(string Path, string Text, int Utf8Bytes)> _files = Array.Empty<(string, string, int)>();

    [GlobalSetup]
    public void Setup() => _files = StdlibCorpus.Files;

    /// <summary>Parse and bind every file on one thread.</summary>
    [Benchmark(Baseline = true)]
    public int ParseAndBindStdlib()
    {
        int scopes = 0;
        foreach (var (path, text, _) in _files)
        {
            scopes += SymbolTable.Build(PythonSyntaxTree.ParseText(text, path: path)).Root.Children.Count;
        }
        return scopes;
    }

    /// <summary>Parse and bind every file, files spread over all cores (trees are independent).</summary>
    [Benchmark]
    public int ParseAndBindStdlibParallel()
    {
        int scopes = 0;
        Parallel.ForEach(_files, f => Interlocked.Add(ref scopes, SymbolTable.Build(PythonSyntaxTree.ParseText(f.Text, path: f.Path)).Root.Children.Count));
        return scopes;
    }
}

/// <summary>Few iterations (one operation takes seconds) and the docs exporter.</summary>
public sealed class SemanticsBenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public SemanticsBenchmarkConfig()
    {
        // In-process: one operation takes seconds, and generating a separate benchmark project can exceed
        // BenchmarkDotNet's build timeout on a machine shared with other builds.
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: false)).WithId("parse+bind"));
        AddExporter(new SemanticsDocsExporter());
        AddColumn(StatisticColumn.Mean);
    }
}

/// <summary>Writes the measured throughput into the marked semantics section of docs/benchmarks.md.</summary>
public sealed class SemanticsDocsExporter : IExporter
{
    private const string Begin = "<!-- semantics-benchmarks:begin -->";
    private const string End = "<!-- semantics-benchmarks:end -->";

    /// <inheritdoc/>
    public string Name => "semantics-docs";

    /// <inheritdoc/>
    public void ExportToLog(Summary summary, ILogger logger) => logger.WriteLine(Section(summary));

    /// <inheritdoc/>
    public IEnumerable<string> ExportToFiles(Summary summary, ILogger consoleLogger)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Py2Wasm.sln")))
        {
            dir = dir.Parent;
        }
        var root = dir?.FullName ?? Environment.GetEnvironmentVariable("PY2WASM_REPO");
        if (root is null || Environment.GetEnvironmentVariable("PY2WASM_NO_DOCS") == "1")
        {
            return Array.Empty<string>();
        }
        var path = Path.Combine(root, "docs", "benchmarks.md");
        var text = File.ReadAllText(path);
        var block = Begin + "\n" + Section(summary).TrimEnd() + "\n" + End;
        int b = text.IndexOf(Begin, StringComparison.Ordinal), e = text.IndexOf(End, StringComparison.Ordinal);
        text = b >= 0 && e > b ? text[..b] + block + text[(e + End.Length)..] : text.TrimEnd() + "\n\n" + block + "\n";
        File.WriteAllText(path, text);
        return new[] { path };
    }

    private static string Section(Summary summary)
    {
        long bytes = StdlibCorpus.TotalBytes;
        var sb = new StringBuilder();
        sb.AppendLine("## Semantics: parse + bind (`SemanticsBenchmarks`)");
        sb.AppendLine();
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `dotnet run -c Release --project benchmarks/Py2Wasm.Benchmarks -- --filter '*SemanticsBenchmarks*'` (BenchmarkDotNet in-process, 1 warm-up + 5 iterations), {Environment.ProcessorCount} cores."));
        if (File.Exists("/proc/loadavg"))
        {
            sb.AppendLine($"Load average when the run ended (the machine is shared; both numbers are skewed by other work): {File.ReadAllText("/proc/loadavg").Trim()}.");
        }
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Corpus: {StdlibCorpus.Files.Count} `.py` files of CPython's standard library ({bytes / 1e6:F1} MB). One operation lexes, parses and binds every file (scopes and symbol flags exactly as CPython's `symtable`)."));
        sb.AppendLine();
        sb.AppendLine("| benchmark | mean time for the corpus | throughput | allocated per source byte |");
        sb.AppendLine("| --- | --- | --- | --- |");
        var verdicts = new List<string>();
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is null)
            {
                continue;
            }
            double seconds = report.ResultStatistics.Mean / 1e9;
            double throughput = bytes / seconds / 1e6;
            long allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {seconds:F3} s | {throughput:F1} MB/s | {(double)allocated / bytes:F2} B |"));
            verdicts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {(throughput >= 10 ? "meets it" : "does not meet it")} ({throughput:F1} MB/s)"));
        }
        sb.AppendLine();
        sb.AppendLine("Target: at least 10 MB/s for parse + bind" + (verdicts.Count > 0 ? ": " + string.Join("; ", verdicts) + "." : "."));
        return sb.ToString();
    }
}
