using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax.InternalSyntax;
using Xunit.Abstractions;

namespace Py2Wasm.Syntax.Tests.Lexer;

/// <summary>
/// Our f-string splitting against Python 3.12's tokenize (tests/oracles/fstring_tokens.py) over every stdlib file
/// that has an f-string: the same FSTRING_START/END, braces, expression tokens, '!', ':' and '=' at the same
/// positions (FSTRING_MIDDLE text is left out, see the script). Runs only when a Python 3.12 is found
/// ($PY2WASM_PYTHON312 or python3.12 on the PATH).
/// </summary>
public class LexerFStringOracleTests
{
    private readonly ITestOutputHelper _output;

    public LexerFStringOracleTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void StdlibFStringsAgreeWithPython312Tokenize()
    {
        var python = StdlibCorpus.FindPython312();
        var files = StdlibCorpus.Files()
            .Where(f => File.ReadAllText(f).Contains("f'", StringComparison.OrdinalIgnoreCase) || File.ReadAllText(f).Contains("f\"", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (python is null || files.Count == 0)
        {
            _output.WriteLine("no Python 3.12 or no stdlib: skipped");
            return;
        }
        var lines = StdlibCorpus.RunOracleCached("fstring_tokens.py", files, python).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Count, lines.Length);

        int agree = 0, rejected = 0, fstrings = 0;
        var disagreements = new List<string>();
        for (int i = 0; i < files.Count; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            if (record.RootElement.TryGetProperty("error", out _))
            {
                rejected++;
                continue;
            }
            var expected = record.RootElement.GetProperty("tokens").EnumerateArray()
                .Select(t => $"{t[0].GetString()} '{t[1].GetString()}' {t[2].GetInt32()}:{t[3].GetInt32()}").ToList();
            var actual = FStringTokens(SourceDecoder.Decode(File.ReadAllBytes(files[i])).Text);
            fstrings += expected.Count(e => e.StartsWith("FSTRING_START", StringComparison.Ordinal));
            int n = Math.Min(expected.Count, actual.Count);
            int mismatch = Enumerable.Range(0, n).FirstOrDefault(k => expected[k] != actual[k], expected.Count == actual.Count ? -1 : n);
            if (mismatch < 0)
            {
                agree++;
            }
            else
            {
                disagreements.Add($"{Path.GetRelativePath(StdlibCorpus.StdlibFolder!, files[i])}: token {mismatch}: expected " +
                    $"{(mismatch < expected.Count ? expected[mismatch] : "<end>")}, got {(mismatch < actual.Count ? actual[mismatch] : "<end>")}");
            }
        }
        _output.WriteLine($"{files.Count} files with f-string candidates, {fstrings} f-strings: {agree} files agree, {rejected} rejected by tokenize, {disagreements.Count} differ");
        foreach (var d in disagreements.Take(50))
        {
            _output.WriteLine(d);
        }
        Assert.Empty(disagreements);
    }

    /// <summary>Our tokens from each outermost FStringStart to its FStringEnd, in the oracle's form.</summary>
    private static List<string> FStringTokens(string source)
    {
        var tokens = new InternalSyntax.Lexer(SourceText.From(source), PythonParseOptions.Default).LexAll();
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }
        var result = new List<string>();
        int position = 0, depth = 0;
        foreach (var token in tokens)
        {
            int start = position + token.LeadingTriviaWidth;
            position += token.FullWidth;
            if (token.Kind == SyntaxKind.FStringStartToken)
            {
                depth++;
            }
            if (depth > 0 && token.Kind != SyntaxKind.FStringMiddleToken)
            {
                int index = lineStarts.BinarySearch(start);
                int line = index >= 0 ? index : ~index - 1;
                int column = 0;
                for (int k = lineStarts[line]; k < start; k++)
                {
                    if (!(char.IsLowSurrogate(source[k]) && k > lineStarts[line] && char.IsHighSurrogate(source[k - 1])) && !(k == 0 && source[k] == '\uFEFF'))
                    {
                        column++;
                    }
                }
                result.Add($"{TypeOf(token.Kind)} '{token.Text}' {line + 1}:{column}");
            }
            if (token.Kind == SyntaxKind.FStringEndToken)
            {
                depth--;
            }
        }
        return result;
    }

    private static string TypeOf(SyntaxKind kind) => kind switch
    {
        SyntaxKind.FStringStartToken => "FSTRING_START",
        SyntaxKind.FStringEndToken => "FSTRING_END",
        SyntaxKind.IdentifierToken => "NAME",
        SyntaxKind.NumberToken => "NUMBER",
        SyntaxKind.StringToken => "STRING",
        _ when SyntaxFacts.IsKeyword(kind) => "NAME",
        _ when SyntaxFacts.IsPunctuation(kind) => "OP",
        _ => kind.ToString(),
    };
}
