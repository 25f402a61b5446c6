using System.Text;
using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax.InternalSyntax;

namespace Py2Wasm.Syntax.Tests.Lexer;

/// <summary>Helpers shared by the lexer tests: lexing with the lossless check, compact token dumps.</summary>
internal static class LexerTestHelpers
{
    /// <summary>Lexes <paramref name="source"/> and asserts the token stream round-trips and ends with one EOF.</summary>
    public static GreenToken[] Lex(string source)
    {
        var tokens = new InternalSyntax.Lexer(SourceText.From(source), PythonParseOptions.Default).LexAll();
        AssertWellFormed(source, tokens);
        return tokens;
    }

    public static void AssertWellFormed(string source, GreenToken[] tokens)
    {
        var builder = new StringBuilder(source.Length);
        foreach (var token in tokens)
        {
            token.WriteTo(builder);
        }
        Assert.True(builder.ToString() == source, "the token stream does not round-trip the source");
        Assert.NotEmpty(tokens);
        Assert.Equal(SyntaxKind.EndOfFileToken, tokens[^1].Kind);
        Assert.Equal(1, tokens.Count(t => t.Kind == SyntaxKind.EndOfFileToken));
    }

    /// <summary>"Kind text" for every token but EOF, e.g. "IdentifierToken x", "NewLineToken \n".</summary>
    public static string[] Describe(string source) =>
        Lex(source).Where(t => t.Kind != SyntaxKind.EndOfFileToken).Select(Describe).ToArray();

    public static string Describe(GreenToken token) =>
        token.Text.Length == 0 ? token.Kind.ToString() : token.Kind + " " + Escape(token.Text);

    public static SyntaxKind[] Kinds(string source) =>
        Lex(source).Where(t => t.Kind != SyntaxKind.EndOfFileToken).Select(t => t.Kind).ToArray();

    /// <summary>All diagnostics of the stream as "PY0005@3+1: message" with absolute positions.</summary>
    public static string[] Diagnostics(string source)
    {
        var result = new List<string>();
        int position = 0;
        foreach (var token in Lex(source))
        {
            foreach (var d in token.GetDiagnostics())
            {
                string message = string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    DiagnosticDescriptors.Get(d.Code).MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Args);
                result.Add($"{DiagnosticDescriptors.IdOf(d.Code)}@{position + d.Offset}+{d.Width}: {message}");
            }
            position += token.FullWidth;
        }
        return result.ToArray();
    }

    public static string TriviaText(GreenNode? node)
    {
        if (node is null)
        {
            return string.Empty;
        }
        var parts = new List<string>();
        Collect(node, parts);
        return string.Join(",", parts);

        static void Collect(GreenNode node, List<string> parts)
        {
            if (node is GreenTrivia trivia)
            {
                parts.Add(trivia.Kind.ToString().Replace("Trivia", string.Empty, StringComparison.Ordinal) + ":" + Escape(trivia.Text));
                return;
            }
            for (int i = 0; i < node.SlotCount; i++)
            {
                if (node.GetSlot(i) is { } child)
                {
                    Collect(child, parts);
                }
            }
        }
    }

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
