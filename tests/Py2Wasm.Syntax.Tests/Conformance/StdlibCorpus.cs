using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Py2Wasm.Syntax.Ast;

namespace Py2Wasm.Syntax.Tests.Conformance;

/// <summary>Our result for one stdlib file, next to CPython's.</summary>
public sealed record CorpusFile(
    string Path,
    OracleRecord Oracle,
    string? Exception,
    bool HasErrors,
    string? FirstError,
    bool RoundTrips,
    int RoundTripDifference,
    string? DumpSha256,
    int DumpLength)
{
    /// <summary>True when our Python 3.11-style dump has CPython's hash.</summary>
    public bool DumpMatches => Oracle.Ok && DumpSha256 == Oracle.Sha256;
}

/// <summary>
/// Parses every stdlib file once per test run (in parallel) and asks CPython for its verdicts (one process,
/// cached): shared by the conformance tests through <see cref="IClassFixture{TFixture}"/>.
/// </summary>
public sealed class StdlibCorpus
{
    /// <summary>The stdlib is 3.11's here, so the 3.11 grammar is the one to accept exactly.</summary>
    public static readonly PythonParseOptions ParseOptions = PythonParseOptions.Default with { LanguageVersion = (3, 11) };

    public StdlibCorpus()
    {
        var total = Stopwatch.StartNew();
        var (root, version, files) = CPythonOracle.StdlibFiles();
        StdlibRoot = root;
        PythonVersion = version;

        // CPython (one process, cached) and our parser run at the same time.
        var oracleWatch = Stopwatch.StartNew();
        var oracleTask = Task.Run(() =>
        {
            var result = CPythonOracle.Verdicts(version, files);
            oracleWatch.Stop();
            return result;
        });
        var ours = new (string? Exception, bool HasErrors, string? FirstError, bool RoundTrips, int Difference, string? Hash, int Length)[files.Count];
        var ourWatch = Stopwatch.StartNew();
        long bytes = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var data = File.ReadAllBytes(files[i]);
            Interlocked.Add(ref bytes, data.Length);
            ours[i] = ParseOne(files[i], data);
        });
        ourWatch.Stop();
        var (records, fromCache) = oracleTask.GetAwaiter().GetResult();
        Files = files.Select((f, i) => new CorpusFile(f, records[i], ours[i].Exception, ours[i].HasErrors, ours[i].FirstError,
            ours[i].RoundTrips, ours[i].Difference, ours[i].Hash, ours[i].Length)).ToList();
        OracleFromCache = fromCache;
        OracleTime = oracleWatch.Elapsed;
        OurTime = ourWatch.Elapsed;
        TotalBytes = bytes;
        TotalTime = total.Elapsed;
    }

    public string StdlibRoot { get; }

    public string PythonVersion { get; }

    public IReadOnlyList<CorpusFile> Files { get; }

    public bool OracleFromCache { get; }

    public TimeSpan OracleTime { get; }

    public TimeSpan OurTime { get; }

    public TimeSpan TotalTime { get; }

    public long TotalBytes { get; }

    /// <summary>A path relative to the stdlib folder, for messages.</summary>
    public string Relative(string path) => System.IO.Path.GetRelativePath(StdlibRoot, path);

    /// <summary>One line on how the corpus was obtained, for test output.</summary>
    public string Summary =>
        $"stdlib of CPython {PythonVersion}: {Files.Count} files, {TotalBytes / 1e6:F1} MB; our parse+dump {OurTime.TotalSeconds:F1} s " +
        $"({Environment.ProcessorCount} threads), CPython oracle {OracleTime.TotalSeconds:F1} s{(OracleFromCache ? " (cached)" : string.Empty)}, " +
        $"corpus ready in {TotalTime.TotalSeconds:F1} s";

    private static (string?, bool, string?, bool, int, string?, int) ParseOne(string path, byte[] data)
    {
        try
        {
            var tree = PythonSyntaxTree.ParseBytes(data, ParseOptions, path);
            var root = tree.GetRoot();
            var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            string text = tree.Text.ToString();
            string full = root.ToFullString();
            int difference = FirstDifference(text, full);
            string dump = AstDump.Dump(root, AstDumpOptions.Python311);
            string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(dump))).ToLowerInvariant();
            return (null, errors.Count > 0, errors.Count > 0 ? Describe(errors[0]) : null, difference < 0, difference, hash, dump.Length);
        }
        catch (Exception e)
        {
            return ($"{e.GetType().Name}: {e.Message}", true, null, false, 0, null, 0);
        }
    }

    /// <summary>Our dump of one file (recomputed when a difference is shown).</summary>
    public static string OurDump(string path)
    {
        var tree = PythonSyntaxTree.ParseBytes(File.ReadAllBytes(path), ParseOptions, path);
        return AstDump.Dump(tree.GetRoot(), AstDumpOptions.Python311);
    }

    public static string Describe(Diagnostic d)
    {
        var p = d.Location.GetLineSpan().StartLinePosition;
        return $"({p.Line + 1},{p.Character + 1}): {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>Index of the first difference, or -1 when equal.</summary>
    public static int FirstDifference(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        int i = a.AsSpan(0, n).CommonPrefixLength(b.AsSpan(0, n));
        return i == n && a.Length == b.Length ? -1 : i;
    }
}
