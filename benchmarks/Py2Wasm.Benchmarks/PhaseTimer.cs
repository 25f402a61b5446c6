using System.Diagnostics;
using System.Globalization;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using Py2Wasm.Semantics;
using Py2Wasm.Syntax;

namespace Py2Wasm.Benchmarks;

/// <summary>
/// A quick Stopwatch breakdown of parse + bind by phase (for finding costs while optimising; the recorded numbers
/// come from BenchmarkDotNet). Usage: <c>dotnet run -c Release --project benchmarks/Py2Wasm.Benchmarks -- --phases [rounds]</c>.
/// Each phase's time and bytes allocated on this thread are summed over every stdlib file; the best round is printed.
/// </summary>
public static class PhaseTimer
{
    private static readonly string[] s_names = { "parse (lex + green tree)", "red tree (GetRoot)", "bind (ScopeBinder)", "analyze (ScopeAnalyzer)", "compile checks", "SymbolTable.Build total" };

    /// <summary>Runs the breakdown.</summary>
    public static void Run(int rounds)
    {
        if (Environment.GetEnvironmentVariable("PY2WASM_PARALLEL") == "1")
        {
            Parallel(rounds);
            return;
        }
        if (Environment.GetEnvironmentVariable("PY2WASM_ALLOC_PHASE") is { } phaseText)
        {
            Sample(int.Parse(phaseText, CultureInfo.InvariantCulture));
            return;
        }
        var files = StdlibCorpus.Files;
        long bytes = StdlibCorpus.TotalBytes;
        var best = new double[s_names.Length];
        Array.Fill(best, double.MaxValue);
        var alloc = new long[s_names.Length];
        for (int round = 0; round < rounds; round++)
        {
            var ticks = new long[s_names.Length];
            int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
            var pause = GC.GetTotalPauseDuration();
            Array.Clear(alloc);
            foreach (var (path, text, _) in files)
            {
                var tree = Measure(0, ticks, alloc, () => PythonSyntaxTree.ParseText(text, path: path));
                Measure(1, ticks, alloc, () => tree.GetRoot());
                var diagnostics = new List<Diagnostic>();
                var scopeOfNode = new Dictionary<SyntaxNode, Scope>();
                var names = new NameIndex();
                var root = Measure(2, ticks, alloc, () => ScopeBinder.Bind(tree, diagnostics, scopeOfNode, names));
                Measure(3, ticks, alloc, () => { ScopeAnalyzer.Analyze(tree, root, diagnostics); return 0; });
                Measure(4, ticks, alloc, () => { CompileChecker.Check(tree, scopeOfNode, diagnostics); return 0; });
                var fresh = PythonSyntaxTree.ParseText(text, path: path);
                Measure(5, ticks, alloc, () => SymbolTable.Build(fresh));
            }
            for (int i = 0; i < ticks.Length; i++)
            {
                best[i] = Math.Min(best[i], ticks[i] / (double)Stopwatch.Frequency);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: parse {ticks[0] / (double)Stopwatch.Frequency:F3} s, build {ticks[5] / (double)Stopwatch.Frequency:F3} s; GCs gen0 {GC.CollectionCount(0) - g0}, gen1 {GC.CollectionCount(1) - g1}, gen2 {GC.CollectionCount(2) - g2}, pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F3} s"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files, {bytes / 1e6:F1} MB; best of {rounds} rounds; load {File.ReadAllText("/proc/loadavg").Trim()}"));
        for (int i = 0; i < s_names.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s_names[i],-28} {best[i],8:F3} s {bytes / best[i] / 1e6,8:F1} MB/s {alloc[i] / (double)bytes,8:F2} B/byte"));
        }
        double total = best[0] + best[5];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"parse + Build",-28} {total,8:F3} s {bytes / total / 1e6,8:F1} MB/s {(alloc[0] + alloc[5]) / (double)bytes,8:F2} B/byte"));
    }

    /// <summary>Parse + Build of every file, single-threaded and spread over all cores, with GC counts.</summary>
    private static void Parallel(int rounds)
    {
        var files = StdlibCorpus.Files;
        long bytes = StdlibCorpus.TotalBytes;
        for (int round = 0; round < rounds; round++)
        {
            foreach (bool parallel in new[] { false, true })
            {
                int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
                var pause = GC.GetTotalPauseDuration();
                var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                long t = Stopwatch.GetTimestamp();
                if (parallel)
                {
                    System.Threading.Tasks.Parallel.ForEach(files, f => SymbolTable.Build(PythonSyntaxTree.ParseText(f.Text, path: f.Path)));
                }
                else
                {
                    foreach (var f in files)
                    {
                        SymbolTable.Build(PythonSyntaxTree.ParseText(f.Text, path: f.Path));
                    }
                }
                double seconds = (Stopwatch.GetTimestamp() - t) / (double)Stopwatch.Frequency;
                var usedCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(parallel ? "parallel" : "single  ")}: {seconds:F3} s ({bytes / seconds / 1e6:F1} MB/s), cpu {usedCpu.TotalSeconds:F3} s; GCs {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}, pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F3} s; load {File.ReadAllText("/proc/loadavg").Trim()}"));
            }
        }
    }

    /// <summary>Samples the types allocated by one phase (0 parse, 2 bind, 3 analyze, 4 checks) over the corpus.</summary>
    private static void Sample(int phase)
    {
        using var sampler = new AllocationSampler();
        var ticks = new long[s_names.Length];
        var alloc = new long[s_names.Length];
        foreach (var (path, text, _) in StdlibCorpus.Files)
        {
            sampler.Enabled = phase == 0;
            var tree = PythonSyntaxTree.ParseText(text, path: path);
            sampler.Enabled = false;
            tree.GetRoot();
            var diagnostics = new List<Diagnostic>();
            var scopeOfNode = new Dictionary<SyntaxNode, Scope>();
            var names = new NameIndex();
            sampler.Enabled = phase == 2;
            var root = ScopeBinder.Bind(tree, diagnostics, scopeOfNode, names);
            sampler.Enabled = phase == 3;
            ScopeAnalyzer.Analyze(tree, root, diagnostics);
            sampler.Enabled = phase == 4;
            CompileChecker.Check(tree, scopeOfNode, diagnostics);
            sampler.Enabled = false;
        }
        sampler.Print(40);
        long scopes = 0, symbols = 0, declarations = 0;
        foreach (var (path, text, _) in StdlibCorpus.Files)
        {
            var table = SymbolTable.Build(PythonSyntaxTree.ParseText(text, path: path));
            foreach (var scope in table.Root.DescendantsAndSelf())
            {
                scopes++;
                symbols += scope.Symbols.Count;
                foreach (var symbol in scope.Symbols)
                {
                    declarations += symbol.Declarations.Count;
                }
            }
        }
        Console.WriteLine($"scopes {scopes}, symbols {symbols}, declarations {declarations}");
    }

    private static T Measure<T>(int phase, long[] ticks, long[] alloc, Func<T> action)
    {
        long a = GC.GetAllocatedBytesForCurrentThread();
        long t = Stopwatch.GetTimestamp();
        var result = action();
        ticks[phase] += Stopwatch.GetTimestamp() - t;
        alloc[phase] += GC.GetAllocatedBytesForCurrentThread() - a;
        return result;
    }
}
