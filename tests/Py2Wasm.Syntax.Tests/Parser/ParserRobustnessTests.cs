using System.Text;
using Py2Wasm.Syntax.Tests.Infrastructure;

namespace Py2Wasm.Syntax.Tests.Parser;

/// <summary>
/// The parser never throws, never hangs, never overflows the stack, and always builds a tree that round-trips,
/// whatever the input: every token removed in turn, random mutations of real files, pathological nesting.
/// </summary>
public class ParserRobustnessTests
{
    private static string SnapshotRoot => Path.Combine(GoldenFile.RepoRoot, "tests", "Py2Wasm.Syntax.Tests", "Snapshots", "Parser", "valid");

    private static void AssertParsesLosslessly(string text, string what)
    {
        PythonSyntaxTree tree;
        try
        {
            tree = PythonSyntaxTree.ParseText(text);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{what}: the parser threw {e.GetType().Name}: {e.Message}\n--- input ---\n{text}");
        }
        var full = tree.GetRoot().ToFullString();
        Assert.True(full == text, $"{what}: the tree does not round-trip");
        _ = tree.GetDiagnostics();
    }

    public static IEnumerable<object[]> SampleFiles() =>
        Directory.EnumerateFiles(SnapshotRoot, "*.py").OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void EachTokenRemovedInTurn(string file)
    {
        var text = File.ReadAllText(Path.Combine(SnapshotRoot, file));
        var tokens = PythonSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        Assert.NotEmpty(tokens);
        int withErrors = 0;
        foreach (var token in tokens)
        {
            var mutated = text.Remove(token.Span.Start, token.Span.Length);
            AssertParsesLosslessly(mutated, $"{file} without '{token.Text}' at {token.Span.Start}");
            if (PythonSyntaxTree.ParseText(mutated).HasErrors) withErrors++;
        }
        // Removing a token usually breaks the program; if no removal were ever reported, recovery would be hiding errors.
        Assert.True(withErrors > tokens.Count / 4, $"{file}: only {withErrors} of {tokens.Count} token removals were reported as errors");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void EachTokenDuplicatedInTurn(string file)
    {
        var text = File.ReadAllText(Path.Combine(SnapshotRoot, file));
        foreach (var token in PythonSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0))
        {
            var mutated = text.Insert(token.Span.Start, token.Text + " ");
            AssertParsesLosslessly(mutated, $"{file} with '{token.Text}' doubled at {token.Span.Start}");
        }
    }

    [Fact]
    public void RandomMutationsOfStdlibFiles()
    {
        var files = Lexer.StdlibCorpus.Files();
        Assert.True(files.Count > 1000, "python3's standard library was not found (eng/setup.sh installs python3)");
        var random = new Random(20261125);
        const string alphabet = "()[]{}:;,.=+-*/\\'\"\n\t #@!`$?\r\u00e9\u20ac\ud83d0123456789abcxyz_";
        for (int i = 0; i < 150; i++)
        {
            var file = files[random.Next(files.Count)];
            var text = new StringBuilder(SourceDecoder.Decode(File.ReadAllBytes(file)).Text);
            if (text.Length > 20_000) text.Length = 20_000;
            int edits = 1 + random.Next(8);
            for (int e = 0; e < edits && text.Length > 0; e++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0: text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(10))); break;
                    case 1: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: text[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }
            AssertParsesLosslessly(text.ToString(), $"mutation {i} of {file}");
        }
    }

    [Fact]
    public void RandomTokenSoup()
    {
        var pieces = SyntaxFacts.Keywords.Select(k => k.Text).Concat(SyntaxFacts.Punctuation.Select(p => p.Text))
            .Concat(new[] { "x", "1", "'s'", "f'{", "}'", "\n", "\n    ", "\n  ", "match", "case", "type", "_", "\\\n", "#c\n", "\"\"\"" }).ToArray();
        var random = new Random(7);
        for (int i = 0; i < 300; i++)
        {
            var sb = new StringBuilder();
            int n = random.Next(60);
            for (int k = 0; k < n; k++) sb.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            AssertParsesLosslessly(sb.ToString(), $"soup {i}");
        }
    }

    [Fact]
    public void MillionNestedParentheses()
    {
        var text = new string('(', 1_000_000) + new string(')', 1_000_000) + "\n";
        var tree = PythonSyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        Assert.Contains(tree.GetDiagnostics(), d => d.Id == "PY0011"); // too many nested parentheses, as CPython
    }

    [Fact]
    public void HundredThousandTermExpression()
    {
        var text = "x = " + string.Join(" + ", Enumerable.Range(0, 100_000).Select(i => "a" + (i % 10))) + "\n";
        var tree = PythonSyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        Assert.Empty(tree.GetDiagnostics());
        // Walking the red tree (left-deep, 100,000 levels) must not overflow either.
        Assert.Equal(100_000, tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>().Count() - 1);
    }

    [Theory]
    [InlineData("-", "1")]
    [InlineData("not ", "x")]
    [InlineData("~", "1")]
    [InlineData("await ", "x")]
    [InlineData("lambda: ", "0")]
    [InlineData("x if y else ", "z")]
    [InlineData("a ** ", "a")]
    [InlineData("(", "")]
    [InlineData("[", "")]
    [InlineData("f'{", "")]
    public void DeepPrefixChains(string prefix, string tail)
    {
        var text = string.Concat(Enumerable.Repeat(prefix, 100_000)) + tail + "\n";
        var tree = PythonSyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        // CPython gives up on such input (MemoryError/RecursionError); we give a diagnostic instead of crashing.
        Assert.True(tree.HasErrors);
    }

    [Fact]
    public void LongChainsOfPostfixOperations()
    {
        var text = "x" + string.Concat(Enumerable.Repeat(".y", 50_000)) + string.Concat(Enumerable.Repeat("()", 50_000)) + string.Concat(Enumerable.Repeat("[0]", 50_000)) + "\n";
        var tree = PythonSyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        Assert.Empty(tree.GetDiagnostics());
    }

    [Fact]
    public void EmptyAndWhitespaceOnlyInputs()
    {
        foreach (var text in new[] { "", "\n", "   ", "\t\n\t\n", "# only a comment", "\\", "\r", "\r\n\r\n", "\f", "\uFEFF", "\uFEFFx = 1" })
        {
            AssertParsesLosslessly(text, $"input {SnapshotFormatter.Escape(text)}");
        }
        Assert.Empty(PythonSyntaxTree.ParseText("").GetDiagnostics());
        Assert.Empty(PythonSyntaxTree.ParseText("# only a comment").GetDiagnostics());
    }

    [Fact]
    public void HugeInput()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++)
        {
            sb.Append("def f").Append(i).Append("(a, b=").Append(i).Append("):\n    return a + b * ").Append(i).Append('\n');
        }
        var text = sb.ToString();
        var tree = PythonSyntaxTree.ParseText(text);
        Assert.Equal(text.Length, tree.GetRoot().FullSpan.Length);
        Assert.Empty(tree.GetDiagnostics());
        Assert.Equal(200_000, tree.GetRoot().Statements.Count);
    }
}
