using System.Collections.Concurrent;
using System.Text;
using Xunit.Abstractions;

namespace Py2Wasm.Semantics.Tests;

/// <summary>
/// Every standard-library file of the installed CPython: our symbol tables must equal CPython's symtable output
/// (and we must reject exactly the files CPython's compile() rejects). One Python process dumps all files; its
/// output is cached, keyed by the Python version and every file's size and modification time.
/// </summary>
public class StdlibSymtableTests
{
    private readonly ITestOutputHelper _output;

    public StdlibSymtableTests(ITestOutputHelper output)
    {
        _output = output;
    }

    internal static IReadOnlyList<string> StdlibFiles(string? interpreter = null)
    {
        var listing = Oracle.Run(new[] { Oracle.Script("stdlib_files.py") }, interpreter: interpreter);
        return listing.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    [Fact]
    public void EveryStdlibFileAgreesWithCPython() => AgreesOverStdlibOf(null, "symtable-stdlib");

    /// <summary>
    /// The same over the standard library of whatever <c>python3</c> is on PATH (a pyenv build here: its stdlib
    /// also holds the test suites, ~1,800 files), dumped by that interpreter's own symtable.
    /// </summary>
    [Fact]
    public void EveryFileOfPython3StdlibAgreesWithItsSymtable() => AgreesOverStdlibOf("python3", "symtable-stdlib-python3");

    private void AgreesOverStdlibOf(string? interpreter, string cacheName)
    {
        var files = StdlibFiles(interpreter);
        Assert.True(files.Count > 500, $"expected the whole standard library, found {files.Count} files");
        var expected = SymtableOracleTests.OracleDumps(cacheName, files, interpreter);
        var mismatches = new ConcurrentBag<string>();
        int agree = 0;
        Parallel.ForEach(files, path =>
        {
            var ours = SymtableOracleTests.OurDump(path);
            if (expected.TryGetValue(path, out var theirs) && theirs == ours)
            {
                Interlocked.Increment(ref agree);
            }
            else
            {
                mismatches.Add(path);
            }
        });
        var report = new StringBuilder();
        report.Append($"{agree} of {files.Count} standard-library files agree with CPython's symtable\n");
        foreach (var path in mismatches.OrderBy(p => p, StringComparer.Ordinal))
        {
            report.Append("  differs: ").Append(path).Append('\n');
        }
        _output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"py2wasm-{cacheName}-report.txt"), report.ToString());
        Assert.True(mismatches.IsEmpty, report.ToString());
    }
}
