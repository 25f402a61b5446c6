using Py2Wasm.Cli.Commands;
using Xunit;

namespace Py2Wasm.Emit.Tests;

/// <summary>
/// <c>py2wasm check</c> refuses what CPython refuses to compile: each program in <c>CompileErrors/cases</c> gets the
/// verdict CPython's <c>compile()</c> gave (<c>CompileErrors/expected.tsv</c>, written by <c>CompileErrors/regen.py</c>):
/// a SyntaxError is exit code 1 with PY1xxx errors, one of them on CPython's line with CPython's message; a valid program passes.
/// </summary>
public sealed class CompileErrorTests
{
    private static string Dir => Path.Combine(GoldenFile.RepoRoot, "tests", "Py2Wasm.Emit.Tests", "CompileErrors");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Dir, "expected.tsv")))
        {
            if (line.Length > 0) data.Add(line.Split('\t')[0]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CheckGivesCPythonsVerdict(string name)
    {
        var row = File.ReadAllLines(Path.Combine(Dir, "expected.tsv")).Select(l => l.Split('\t')).Single(r => r[0] == name);
        var path = Path.Combine(Dir, "cases", name);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CommandLine.Default.Run(new[] { "check", path }, stdout, stderr);
        if (row[1] == "ok")
        {
            Assert.True(exit == 0, stderr.ToString());
            Assert.Equal("", stderr.ToString());
            return;
        }
        Assert.Equal(1, exit);
        // CPython stops at its first error; check may report more than one (each with a code frame), so CPython's
        // must be among them.
        var errors = stderr.ToString().Split('\n').Where(l => l.StartsWith(path + "(", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches(@"\): error PY1\d\d\d: ", e));
        Assert.Contains(errors, e => e.StartsWith(path + "(" + row[2] + ",", StringComparison.Ordinal) && e.EndsWith(": " + row[3], StringComparison.Ordinal));
    }

    [Fact]
    public void EveryCaseHasAVerdict()
    {
        var cases = Directory.GetFiles(Path.Combine(Dir, "cases"), "*.py").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();
        var listed = File.ReadAllLines(Path.Combine(Dir, "expected.tsv")).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(cases, listed);
    }
}
