using System.Globalization;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics.Tests;

/// <summary>
/// The SyntaxErrors CPython raises after parsing: for every snippet of Cases/compile_errors.txt, we report an error
/// exactly when CPython's compile() does, and one of ours has CPython's message and line. Expectations come from
/// tests/oracles/compile_errors.py.
/// </summary>
public class CompileErrorTests
{
    private static readonly Lazy<(List<string> Cases, List<string> Verdicts)> s_data = new(Load);

    private static (List<string>, List<string>) Load()
    {
        var path = Oracle.TestFile("Cases", "compile_errors.txt");
        var cases = SplitCases(File.ReadAllText(path));
        var output = Oracle.Cached("compile-errors", new[] { Oracle.FileStamp(path), Oracle.FileStamp(Oracle.Script("compile_errors.py")) },
            () => Oracle.Run(new[] { Oracle.Script("compile_errors.py"), path }));
        var verdicts = output.Split('\n').Where(l => l.Length > 0).ToList();
        Assert.Equal(cases.Count, verdicts.Count);
        return (cases, verdicts);
    }

    /// <summary>The same split as the oracle script: snippets separated by lines that are exactly '# ---'.</summary>
    private static List<string> SplitCases(string text)
    {
        var cases = new List<string>();
        var current = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line == "# ---")
            {
                cases.Add(string.Join("\n", current) + "\n");
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }
        if (current.Any(l => l.Trim().Length > 0))
        {
            cases.Add(string.Join("\n", current) + "\n");
        }
        return cases;
    }

    public static IEnumerable<object[]> CaseNumbers() =>
        Enumerable.Range(1, SplitCases(File.ReadAllText(Oracle.TestFile("Cases", "compile_errors.txt"))).Count).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(CaseNumbers))]
    public void AgreesWithCPython(int number)
    {
        var (cases, verdicts) = s_data.Value;
        var source = cases[number - 1];
        var verdict = verdicts[number - 1];
        var tree = PythonSyntaxTree.ParseText(source);
        Assert.False(verdict.StartsWith("parse ", StringComparison.Ordinal), $"case {number} is a parser error, not a binder one: {verdict}");
        var parseErrors = tree.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        Assert.True(parseErrors.Count == 0, $"case {number} should parse:\n{source}\n{string.Join("\n", parseErrors)}");
        var errors = SymbolTable.Build(tree).Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => $"error {d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .ToList();
        if (verdict == "ok")
        {
            Assert.True(errors.Count == 0, $"case {number}: CPython compiles it, we report:\n{string.Join("\n", errors)}\n---\n{source}");
        }
        else
        {
            Assert.True(errors.Contains(verdict), $"case {number}: CPython says '{verdict}', we report:\n{string.Join("\n", errors)}\n---\n{source}");
        }
    }
}
