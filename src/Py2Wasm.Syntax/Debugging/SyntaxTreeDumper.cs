using System.Globalization;
using System.Text;

namespace Py2Wasm.Syntax.Debugging;

/// <summary>What <see cref="SyntaxTreeDumper"/> shows besides kinds and token texts.</summary>
public sealed record SyntaxTreeDumpOptions
{
    /// <summary>The default: spans and trivia shown.</summary>
    public static SyntaxTreeDumpOptions Default { get; } = new();

    /// <summary>Show each node's and token's span as <c>[start..end)</c> (character offsets). Default true.</summary>
    public bool IncludeSpans { get; init; } = true;

    /// <summary>Show leading and trailing trivia of tokens. Default true.</summary>
    public bool IncludeTrivia { get; init; } = true;
}

/// <summary>
/// Renders a syntax tree as indented text, one node or token a line: the kind, the span, the token text and its
/// trivia, escaped so that every character is visible. Missing tokens are marked <c>&lt;missing&gt;</c>. Used by
/// <c>py2wasm parse --tree</c> and by snapshot tests; walks with an explicit stack, so deep trees are safe.
/// </summary>
public static class SyntaxTreeDumper
{
    /// <summary>Renders <paramref name="node"/> and everything below it.</summary>
    public static string Dump(SyntaxNode node, SyntaxTreeDumpOptions? options = null)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Dump(node, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes the rendering of <paramref name="node"/> to <paramref name="writer"/>, lines ending in <c>\n</c>.</summary>
    public static void Dump(SyntaxNode node, TextWriter writer, SyntaxTreeDumpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= SyntaxTreeDumpOptions.Default;
        var line = new StringBuilder();
        var stack = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        stack.Push((node, 0));
        var children = new List<SyntaxNodeOrToken>();
        while (stack.Count > 0)
        {
            var (item, depth) = stack.Pop();
            line.Clear();
            line.Append(' ', depth * 2);
            if (item.AsNode() is { } n)
            {
                line.Append(n.Kind);
                if (options.IncludeSpans)
                {
                    AppendSpan(line, n.Span.Start, n.Span.End);
                }
                writer.Write(line.Append('\n').ToString());
                children.Clear();
                children.AddRange(n.ChildNodesAndTokens());
                for (int i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push((children[i], depth + 1));
                }
                continue;
            }
            var token = item.AsToken();
            line.Append(token.Kind);
            if (options.IncludeSpans)
            {
                AppendSpan(line, token.Span.Start, token.Span.End);
            }
            if (token.IsMissing)
            {
                line.Append(" <missing>");
            }
            else if (token.Text.Length > 0)
            {
                line.Append(' ');
                AppendQuoted(line, token.Text);
            }
            writer.Write(line.Append('\n').ToString());
            if (options.IncludeTrivia)
            {
                WriteTrivia(writer, line, depth + 1, "Leading", token.LeadingTrivia, options);
                WriteTrivia(writer, line, depth + 1, "Trailing", token.TrailingTrivia, options);
            }
        }
    }

    private static void WriteTrivia(TextWriter writer, StringBuilder line, int depth, string label, SyntaxTriviaList trivia, SyntaxTreeDumpOptions options)
    {
        foreach (var t in trivia)
        {
            line.Clear();
            line.Append(' ', depth * 2).Append(label).Append(": ").Append(t.Kind);
            if (options.IncludeSpans)
            {
                AppendSpan(line, t.Span.Start, t.Span.End);
            }
            line.Append(' ');
            AppendQuoted(line, t.Text);
            writer.Write(line.Append('\n').ToString());
        }
    }

    private static void AppendSpan(StringBuilder line, int start, int end)
    {
        line.Append(" [").Append(start).Append("..").Append(end).Append(')');
    }

    /// <summary>Appends <paramref name="text"/> in double quotes with control and invisible characters escaped.</summary>
    public static void AppendQuoted(StringBuilder builder, string text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(text);
        builder.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool lone = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\f': builder.Append("\\f"); break;
                case '\v': builder.Append("\\v"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (c < 0x20 || c == 0x7F || lone || c is '\u0085' or '\u00A0' or '\u2028' or '\u2029' or '\uFEFF'
                        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator && c != ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }
}
