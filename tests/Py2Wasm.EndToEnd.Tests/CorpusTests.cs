using System.Text;
using Xunit.Abstractions;

namespace Py2Wasm.EndToEnd.Tests;

/// <summary>
/// The conformance corpus (tests/programs) compiled and run natively and under WASI. A program the emitter rejects
/// with a PY diagnostic counts as rejected; a program that compiles must print exactly what CPython printed and exit
/// with the same status. expected-pass.txt lists the programs that pass today (PY2WASM_ACCEPT=1 rewrites it), so a
/// regression fails.
/// </summary>
[Collection("corpus")]
public sealed class CorpusTests
{
    private readonly CorpusFixture _corpus;
    private readonly ITestOutputHelper _output;

    public CorpusTests(CorpusFixture corpus, ITestOutputHelper output)
    {
        _corpus = corpus;
        _output = output;
    }

    private static string ExpectedPassFile => Path.Combine(CorpusFinder.RepoRoot, "tests", "Py2Wasm.EndToEnd.Tests", "expected-pass.txt");

    [Fact]
    public void CorpusBuildsOnBothToolchains()
    {
        _output.WriteLine(_corpus.Summary);
        Assert.True(_corpus.BuildError is null, "the generated corpus crate did not build: " + _corpus.BuildError);
        Assert.NotEmpty(_corpus.Native);
    }

    [Fact]
    public void NoCompiledProgramDiffersFromCPythonNatively() => AssertNoFailures(_corpus.Native, "native");

    [Fact]
    public void NoCompiledProgramDiffersFromCPythonUnderWasi() => AssertNoFailures(_corpus.Wasi, "wasi");

    /// <summary>PY2WASM_ACCEPT=1 rewrites the ratchet files; never for a filtered run (PY2WASM_CORPUS), which sees only part of the corpus.</summary>
    private static bool Accepting
    {
        get
        {
            var accept = Environment.GetEnvironmentVariable("PY2WASM_ACCEPT") is "1" or "true";
            if (accept && CorpusFinder.Filter is not null) throw new InvalidOperationException("PY2WASM_ACCEPT=1 needs the whole corpus: unset PY2WASM_CORPUS");
            return accept;
        }
    }

    private static string KnownFailuresFile => Path.Combine(CorpusFinder.RepoRoot, "tests", "Py2Wasm.EndToEnd.Tests", "known-failures.txt");

    /// <summary>
    /// Compiled programs whose output still differs from CPython (each is a bug to fix, listed so that a NEW
    /// difference fails the test). PY2WASM_ACCEPT=1 rewrites the list.
    /// </summary>
    private void AssertNoFailures(Dictionary<string, ProgramResult> results, string target)
    {
        _output.WriteLine(_corpus.Summary);
        var all = results.Values.Where(r => r.Outcome == Outcome.Failed).Select(r => target + " " + r.Program.Name).ToList();
        if (Accepting)
        {
            var other = File.Exists(KnownFailuresFile) ? File.ReadAllLines(KnownFailuresFile).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith(target + " ", StringComparison.Ordinal)) : Enumerable.Empty<string>();
            File.WriteAllText(KnownFailuresFile, "# Compiled corpus programs whose output differs from CPython: bugs to fix (rewrite with PY2WASM_ACCEPT=1).\n" +
                string.Join("\n", other.Concat(all).OrderBy(l => l, StringComparer.Ordinal)) + "\n");
        }
        var known = File.Exists(KnownFailuresFile) ? File.ReadAllLines(KnownFailuresFile).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();
        _output.WriteLine(all.Count(known.Contains) + " known differences (" + target + ")");
        var failed = results.Values.Where(r => r.Outcome == Outcome.Failed && !known.Contains(target + " " + r.Program.Name)).OrderBy(r => r.Program.Name, StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        foreach (var f in failed) sb.Append(target).Append(' ').Append(f.Program.Name).Append(": ").Append(f.Detail).Append('\n');
        _output.WriteLine(sb.ToString());
        Assert.True(failed.Count == 0, failed.Count + " compiled programs differ from CPython (" + target + "):\n" + sb);
    }

    [Fact]
    public void ExpectedPassingProgramsStillPass()
    {
        _output.WriteLine(_corpus.Summary);
        var passing = _corpus.Programs
            .Where(p => _corpus.Native.TryGetValue(p.Name, out var n) && n.Outcome == Outcome.Passed &&
                        _corpus.Wasi.TryGetValue(p.Name, out var w) && w.Outcome == Outcome.Passed)
            .Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (Accepting)
        {
            File.WriteAllText(ExpectedPassFile, "# Corpus programs that pass natively and under WASI (rewrite with PY2WASM_ACCEPT=1).\n" + string.Join("\n", passing) + "\n");
        }
        var expected = File.ReadAllLines(ExpectedPassFile).Where(l => l.Length > 0 && !l.StartsWith('#') && CorpusFinder.Selected(l)).ToList();
        var regressed = expected.Except(passing, StringComparer.Ordinal).ToList();
        foreach (var r in regressed)
        {
            var why = _corpus.Rejections.TryGetValue(r, out var d) ? "rejected: " + string.Join("; ", d.Select(x => x.Id + " " + x.GetMessage()))
                : _corpus.Native.TryGetValue(r, out var n) && n.Outcome != Outcome.Passed ? "native: " + n.Detail
                : _corpus.Wasi.TryGetValue(r, out var w) && w.Outcome != Outcome.Passed ? "wasi: " + w.Detail : "missing from the corpus";
            _output.WriteLine(r + ": " + why);
        }
        Assert.True(regressed.Count == 0, regressed.Count + " programs of expected-pass.txt no longer pass: " + string.Join(", ", regressed));
    }

    [Fact]
    public void RejectionsAreReportedWithPythonLocations()
    {
        foreach (var (name, diagnostics) in _corpus.Rejections)
        {
            foreach (var d in diagnostics)
            {
                Assert.StartsWith("PY", d.Id, StringComparison.Ordinal);
                var span = d.Location.GetLineSpan();
                Assert.True(span.IsValid && span.Path.EndsWith(".py", StringComparison.Ordinal), name + ": " + d.Id + " has no Python source location");
            }
        }
        _output.WriteLine(string.Join("\n", _corpus.Rejections.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => r.Key + ": " + r.Value[0].Id + " " + r.Value[0].GetMessage())));
    }
}
