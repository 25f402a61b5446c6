using Microsoft.CodeAnalysis;
using Py2Wasm.Syntax.Tests.Infrastructure;

namespace Py2Wasm.Syntax.Tests.Parser;

/// <summary>
/// Every syntax diagnostic ID is produced by at least one input here, each ID has its documentation page, and each
/// page belongs to an ID. The messages follow CPython's (checked against python3 when the snippet is valid 3.11).
/// </summary>
public class DiagnosticCoverageTests
{
    private static readonly PythonParseOptions Python311 = new() { LanguageVersion = (3, 11) };

    /// <summary>(source, expected ID, a fragment of the expected message, parse as 3.11?)</summary>
    public static IEnumerable<object[]> Cases() => new[]
    {
        new object[] { "x = 1 € 2\n", "PY0001", "invalid character '€' (U+20AC)", false },
        new object[] { "x = a\u00a0+ 2\n", "PY0002", "invalid non-printable character U+00A0", false },
        new object[] { "x = 'abc\n", "PY0003", "unterminated string literal (detected at line 1)", false },
        new object[] { "x = '''abc\n", "PY0004", "unterminated triple-quoted string literal", false },
        new object[] { "x = 0777\n", "PY0005", "leading zeros in decimal integer literals", false },
        new object[] { "x = 1 \\ 2\n", "PY0006", "unexpected character after line continuation character", false },
        new object[] { "x = 1 + \\", "PY0007", "unexpected EOF while parsing", false },
        new object[] { "if x:\n\tx = 1\n        y = 2\n", "PY0008", "inconsistent use of tabs and spaces in indentation", false },
        new object[] { "def f():\n  x\n y\n", "PY0009", "unindent does not match any outer indentation level", false },
        new object[] { string.Concat(Enumerable.Range(0, 101).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 101) + "pass\n", "PY0010", "too many levels of indentation", false },
        new object[] { new string('(', 201) + new string(')', 201) + "\n", "PY0011", "too many nested", false },
        new object[] { "x = 1)\n", "PY0012", "unmatched ')'", false },
        new object[] { "x = (1]\n", "PY0013", "closing parenthesis ']' does not match opening parenthesis '('", false },
        new object[] { "x = (1,\n", "PY0014", "'(' was never closed", false },
        new object[] { "x = '\\N{NO SUCH NAME}'\n", "PY0015", "unknown Unicode character name", false },
        new object[] { "x = '\\d'\n", "PY0016", "invalid escape sequence '\\d'", false },
        new object[] { "x = f'a}b'\n", "PY0017", "single '}' is not allowed", false },
        new object[] { "x = 1\0\n", "PY0020", "null bytes", false },
        new object[] { "x = f'abc\n", "PY0021", "unterminated f-string literal", false },
        new object[] { "x = f'''abc\n", "PY0022", "unterminated triple-quoted f-string literal", false },
        new object[] { "x = 1 $ 2\n", "PY0050", "invalid syntax", false },
        new object[] { "if x\n    pass\n", "PY0051", "expected ':'", false },
        new object[] { "x = (1 + )\n", "PY0052", "expected an expression", false },
        new object[] { "if x:\npass\n", "PY0053", "expected an indented block after 'if' statement on line 1", false },
        new object[] { "  x = 1\n", "PY0054", "unexpected indent", false },
        new object[] { "x = [1, 2 3]\n", "PY0056", "Perhaps you forgot a comma?", false },
        new object[] { string.Concat(Enumerable.Repeat("-", 7000)) + "1\n", "PY0057", "too many nested", false },
        new object[] { "match x:\n    case +1:\n        pass\n", "PY0059", "expected a pattern", false },
        new object[] { "f() = 1\n", "PY0100", "cannot assign to function call here. Maybe you meant '==' instead of '='?", false },
        new object[] { "del f()\n", "PY0101", "cannot delete function call", false },
        new object[] { "(a, b) += 1\n", "PY0102", "'tuple' is an illegal expression for augmented assignment", false },
        new object[] { "x = (*a)\n", "PY0103", "cannot use starred expression here", false },
        new object[] { "f(a=1, b)\n", "PY0104", "positional argument follows keyword argument", false },
        new object[] { "def f(a=1, b): pass\n", "PY0105", "parameter without a default follows parameter with a default", false },
        new object[] { "def f(*): pass\n", "PY0106", "named arguments must follow bare *", false },
        new object[] { "f(x for x in y, 1)\n", "PY0107", "Generator expression must be parenthesized", false },
        new object[] { "match x:\n    case 1+1: pass\n", "PY0108", "imaginary number required in complex literal", false },
        new object[] { "print 'hello'\n", "PY0109", "Missing parentheses in call to 'print'. Did you mean print(...)?", false },
        new object[] { "try:\n    pass\nexcept A, B:\n    pass\n", "PY0110", "multiple exception types must be parenthesized", false },
        new object[] { "a, b: int = 1\n", "PY0113", "only single target (not tuple) can be annotated", false },
        new object[] { "f'{x!z}'\n", "PY0114", "invalid conversion character 'z': expected 's', 'r', or 'a'", false },
        new object[] { "[*a for a in b]\n", "PY0115", "iterable unpacking cannot be used in comprehension", false },
        new object[] { "type X = int\n", "PY0116", "the 'type' statement requires Python 3.12 or newer", true },
    };

    private static IReadOnlyList<Diagnostic> Diagnose(string source, bool as311) =>
        PythonSyntaxTree.ParseText(source, as311 ? Python311 : null).GetDiagnostics();

    [Theory]
    [MemberData(nameof(Cases))]
    public void ProducesTheDiagnostic(string source, string id, string message, bool as311)
    {
        var diagnostics = Diagnose(source, as311);
        var match = diagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(match is not null, $"expected {id} for {SnapshotFormatter.Escape(source.Length > 80 ? source[..80] : source)}, got: " +
            string.Join("; ", diagnostics.Select(d => d.Id + " " + d.GetMessage())));
        Assert.Contains(message, match!.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>Decoding problems only arise from bytes.</summary>
    public static IEnumerable<object[]> ByteCases() => new[]
    {
        new object[] { "# -*- coding: uft-8 -*-\nx = 1\n"u8.ToArray(), "PY0018", "unknown encoding: uft-8" },
        new object[] { new byte[] { 0xEF, 0xBB, 0xBF }.Concat("# coding: latin-1\nx = 1\n"u8.ToArray()).ToArray(), "PY0018", "encoding problem: latin-1 with BOM" },
        // CPython 3.11 messages for these inputs (positions count from the token, or from inside the string's quotes).
        new object[] { "x='\xf6'\n"u8.ToArray().Take(3).Concat(new byte[] { 0xF6, (byte)'\'', (byte)'\n' }).ToArray(), "PY0018", "'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte" },
        new object[] { "ab"u8.ToArray().Concat(new byte[] { 0xF6 }).Concat("cd\n"u8.ToArray()).ToArray(), "PY0018", "can't decode byte 0xf6 in position 2: invalid start byte" },
        new object[] { "x = 'a"u8.ToArray().Concat(new byte[] { 0xE9 }).Concat("b'\n"u8.ToArray()).ToArray(), "PY0018", "can't decode byte 0xe9 in position 1: invalid continuation byte" },
    };

    [Theory]
    [MemberData(nameof(ByteCases))]
    public void ProducesTheDecodingDiagnostic(byte[] source, string id, string message)
    {
        var diagnostics = PythonSyntaxTree.ParseBytes(source).GetDiagnostics();
        Assert.Contains(diagnostics, d => d.Id == id && d.GetMessage().Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryDiagnosticIdIsProducedByACase()
    {
        var produced = Cases().Concat(ByteCases()).Select(c => (string)c[1]).ToHashSet();
        var missing = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => !produced.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "Diagnostic IDs without a case: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryDiagnosticIdHasAPageAndEveryPageAnId()
    {
        var dir = Path.Combine(GoldenFile.RepoRoot, "docs", "diagnostics");
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToHashSet();
        var missingPages = ids.Where(id => !File.Exists(Path.Combine(dir, id + ".md"))).OrderBy(x => x).ToList();
        Assert.True(missingPages.Count == 0, "Diagnostic IDs without docs/diagnostics page: " + string.Join(", ", missingPages));
        var orphanPages = Directory.EnumerateFiles(dir, "PY0*.md").Select(Path.GetFileNameWithoutExtension)
            .Where(id => !ids.Contains(id!)).ToList();
        Assert.True(orphanPages.Count == 0, "Pages for syntax IDs that do not exist: " + string.Join(", ", orphanPages));
        foreach (var d in DiagnosticDescriptors.All)
        {
            var page = File.ReadAllText(Path.Combine(dir, d.Id + ".md"));
            Assert.StartsWith("# " + d.Id, page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("def f[T](x: T): pass\n", "a type parameter list requires Python 3.12 or newer")]
    [InlineData("class C[T]: pass\n", "a type parameter list requires Python 3.12 or newer")]
    [InlineData("x = f'{'a'}'\n", "PEP 701")]
    [InlineData("x = f'{a # comment\n}'\n", "PEP 701")]
    public void Python311RejectsPython312Syntax(string source, string message)
    {
        Assert.Contains(Diagnose(source, as311: true), d => d.Id == "PY0116" && d.GetMessage().Contains(message, StringComparison.Ordinal));
        Assert.DoesNotContain(Diagnose(source, as311: false), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("x = f'{\"a\"}'\n")]
    [InlineData("try:\n    pass\nexcept* E:\n    pass\n")]
    [InlineData("match x:\n    case 1: pass\n")]
    [InlineData("x = f'''{d[\"'\"]}'''\n")]
    [InlineData("x = f\"\"\"\n#{\"a\"*3}\"\"\"\n")]
    public void Python311AcceptsPython311Syntax(string source)
    {
        Assert.DoesNotContain(Diagnose(source, as311: true), d => d.Severity == DiagnosticSeverity.Error);
    }
}
