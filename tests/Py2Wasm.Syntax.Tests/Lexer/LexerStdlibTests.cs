using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax.InternalSyntax;
using Xunit.Abstractions;

namespace Py2Wasm.Syntax.Tests.Lexer;

/// <summary>
/// The lexer over every file of CPython's installed standard library: lossless, and token for token the same
/// as CPython's <c>tokenize</c> module (run once, batched, through <c>tests/oracles/tokens.py</c>).
/// </summary>
public class LexerStdlibTests
{
    private readonly ITestOutputHelper _output;

    public LexerStdlibTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void EveryStdlibFileRoundTrips()
    {
        var files = StdlibCorpus.Files();
        if (files.Count == 0)
        {
            _output.WriteLine("python3 or its stdlib not found: skipped");
            return;
        }
        var failures = new List<string>();
        long bytes = 0;
        foreach (var file in files)
        {
            var source = SourceDecoder.Decode(File.ReadAllBytes(file)).Text;
            bytes += source.Length;
            var tokens = new InternalSyntax.Lexer(SourceText.From(source), PythonParseOptions.Default).LexAll();
            var builder = new StringBuilder(source.Length);
            foreach (var token in tokens)
            {
                token.WriteTo(builder);
            }
            if (builder.ToString() != source || tokens[^1].Kind != SyntaxKind.EndOfFileToken)
            {
                failures.Add(file);
            }
        }
        _output.WriteLine($"{files.Count} files, {bytes} chars, {failures.Count} failures");
        Assert.Empty(failures);
    }

    /// <summary>
    /// Files where CPython 3.11's tokenize and our 3.12 token stream differ on purpose, with the reason.
    /// </summary>
    private static readonly Dictionary<string, string> s_expectedDifferences = new(StringComparer.Ordinal)
    {
        // Python 2 octal "0377": not Python 3 (CPython's compiler rejects the file). tokenize's regex splits it
        // into '0' '377'; we lex one invalid number, as CPython's C tokenizer does.
        ["lib2to3/tests/data/py2_test_grammar.py"] = "Python 2 octal literal",
        // "x\U000E0100": a variation selector is XID_Continue, so CPython's C tokenizer (and we) keep it in the
        // identifier; tokenize's regex (\w) does not.
        ["test/test_unicode_identifiers.py"] = "tokenize's \\w is narrower than XID_Continue",
    };

    [Fact]
    public void StdlibTokensAgreeWithCPythonTokenize()
    {
        var files = StdlibCorpus.Files();
        if (files.Count == 0)
        {
            _output.WriteLine("python3 or its stdlib not found: skipped");
            return;
        }
        var json = StdlibCorpus.RunOracleCached("tokens.py", files);
        var lines = json.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Count, lines.Length);

        int agree = 0, rejectedByTokenize = 0;
        var disagreements = new List<string>();
        for (int i = 0; i < files.Count; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            var root = record.RootElement;
            Assert.Equal(files[i], root.GetProperty("path").GetString());
            if (root.TryGetProperty("error", out _))
            {
                rejectedByTokenize++;
                continue;
            }
            var expected = root.GetProperty("tokens").EnumerateArray().Select(t => new OracleToken(
                t[0].GetString()!, t[1].GetString()!, t[2].GetInt32(), t[3].GetInt32(), t[4].GetInt32(), t[5].GetInt32())).ToList();
            var source = SourceDecoder.Decode(File.ReadAllBytes(files[i])).Text;
            var actual = TokenOracleFormat.Convert(source);
            int mismatch = FirstMismatch(expected, actual);
            if (mismatch < 0)
            {
                agree++;
            }
            else
            {
                string name = Path.GetRelativePath(StdlibCorpus.StdlibFolder!, files[i]);
                string detail = $"{name}: token {mismatch}: expected {Show(expected, mismatch)}, got {Show(actual, mismatch)}";
                if (!s_expectedDifferences.ContainsKey(name.Replace('\\', '/')))
                {
                    disagreements.Add(detail);
                }
                else
                {
                    _output.WriteLine("expected difference: " + detail);
                }
            }
        }

        _output.WriteLine($"{files.Count} files: {agree} agree with tokenize, {rejectedByTokenize} rejected by tokenize, " +
            $"{files.Count - agree - rejectedByTokenize} differ ({disagreements.Count} unexpectedly)");
        foreach (var d in disagreements.Take(50))
        {
            _output.WriteLine(d);
        }
        Assert.Empty(disagreements);
    }

    private static int FirstMismatch(List<OracleToken> expected, List<OracleToken> actual)
    {
        int n = Math.Min(expected.Count, actual.Count);
        for (int i = 0; i < n; i++)
        {
            if (expected[i] != actual[i])
            {
                return i;
            }
        }
        return expected.Count == actual.Count ? -1 : n;
    }

    private static string Show(List<OracleToken> tokens, int index) =>
        index < tokens.Count ? tokens[index].ToString() : "<end>";
}

/// <summary>One token as tests/oracles/tokens.py prints it.</summary>
internal readonly record struct OracleToken(string Type, string Text, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public override string ToString() =>
        $"{Type} '{LexerTestHelpers.Escape(Text.Length > 40 ? Text[..40] + "…" : Text)}' {StartLine}:{StartColumn}-{EndLine}:{EndColumn}";
}

/// <summary>Our token stream in the oracle's normalised form (see tests/oracles/tokens.py).</summary>
internal static class TokenOracleFormat
{
    public static List<OracleToken> Convert(string source)
    {
        var tokens = new InternalSyntax.Lexer(SourceText.From(source), PythonParseOptions.Default).LexAll();
        var positions = new LinePositions(source);

        // Absolute text spans first; an f-string (start .. matching end) becomes one STRING.
        var spans = new List<(string Type, int Start, int End)>();
        int position = 0, fstringDepth = 0, fstringStart = 0;
        foreach (var token in tokens)
        {
            int start = position + token.LeadingTriviaWidth;
            int end = start + token.Text.Length;
            position += token.FullWidth;
            if (token.Kind == SyntaxKind.FStringStartToken)
            {
                if (fstringDepth++ == 0)
                {
                    fstringStart = start;
                }
                continue;
            }
            if (fstringDepth > 0)
            {
                if (token.Kind == SyntaxKind.FStringEndToken && --fstringDepth == 0)
                {
                    spans.Add(("STRING", fstringStart, end));
                }
                continue;
            }
            spans.Add((TypeOf(token.Kind), start, end));
        }

        var result = new List<OracleToken>(spans.Count);
        for (int i = 0; i < spans.Count; i++)
        {
            var (type, start, end) = spans[i];
            if (type is "INDENT" or "DEDENT")
            {
                int j = i;
                while (spans[j].Type is "INDENT" or "DEDENT")
                {
                    j++;
                }
                if (spans[j].Type == "ENDMARKER")
                {
                    result.Add(new OracleToken(type, string.Empty, 0, 0, 0, 0));
                }
                else
                {
                    var (line, column) = positions.Of(spans[j].Start);
                    result.Add(new OracleToken(type, string.Empty, line, column, line, column));
                }
                continue;
            }
            if (type == "ENDMARKER")
            {
                result.Add(new OracleToken(type, string.Empty, 0, 0, 0, 0));
                continue;
            }
            var (sl, sc) = positions.Of(start);
            // tokenize ends a token on the line of its last character ("\n" ends at column + 1, not on the next line).
            var (el, ec) = end > start ? positions.Of(end - 1) : (sl, sc);
            if (end > start)
            {
                ec += char.IsLowSurrogate(source[end - 1]) && end - 1 > start ? 0 : 1;
            }
            result.Add(new OracleToken(type, source[start..end], sl, sc, el, ec));
        }
        return result;
    }

    private static string TypeOf(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken => "NAME",
        SyntaxKind.NumberToken => "NUMBER",
        SyntaxKind.StringToken => "STRING",
        SyntaxKind.NewLineToken => "NEWLINE",
        SyntaxKind.IndentToken => "INDENT",
        SyntaxKind.DedentToken => "DEDENT",
        SyntaxKind.EndOfFileToken => "ENDMARKER",
        SyntaxKind.BadToken => "ERRORTOKEN",
        _ when SyntaxFacts.IsKeyword(kind) => "NAME",
        _ when SyntaxFacts.IsPunctuation(kind) => "OP",
        _ => kind.ToString(),
    };

    /// <summary>Line (1-based) and column in code points, lines ending at '\n' as tokenize's readline splits them.</summary>
    private sealed class LinePositions
    {
        private readonly string _text;
        private readonly List<int> _lineStarts = new() { 0 };

        public LinePositions(string text)
        {
            _text = text;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Of(int position)
        {
            int index = _lineStarts.BinarySearch(position);
            int line = index >= 0 ? index : ~index - 1;
            int lineStart = _lineStarts[line];
            int column = 0;
            for (int i = lineStart; i < position; i++)
            {
                char c = _text[i];
                bool secondHalf = char.IsLowSurrogate(c) && i > lineStart && char.IsHighSurrogate(_text[i - 1]);
                if (!secondHalf && !(i == 0 && c == '\uFEFF'))
                {
                    column++;
                }
            }
            return (line + 1, column);
        }
    }
}
