using System.Text;
using Microsoft.CodeAnalysis;

namespace Py2Wasm.Syntax.Tests.Infrastructure;

/// <summary>Renders a tree (nodes, tokens, spans) and its diagnostics with code frames for parser snapshots.</summary>
public static class SnapshotFormatter
{
    public static string Format(PythonSyntaxTree tree)
    {
        var sb = new StringBuilder();
        var root = tree.GetRoot();
        var stack = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (item, depth) = stack.Pop();
            sb.Append(' ', depth * 2);
            if (item.AsNode() is { } node)
            {
                sb.Append(node.Kind).Append(' ').Append(Span(node.Span.Start, node.Span.End)).Append('\n');
                var children = node.ChildNodesAndTokens().ToList();
                for (int i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push((children[i], depth + 1));
                }
            }
            else
            {
                var token = item.AsToken();
                sb.Append(token.Kind).Append(' ').Append(Span(token.Span.Start, token.Span.End));
                if (token.IsMissing) sb.Append(" <missing>");
                else if (token.Text.Length > 0) sb.Append(' ').Append(Escape(token.Text));
                sb.Append('\n');
            }
        }
        var diagnostics = tree.GetDiagnostics();
        sb.Append("--- diagnostics: ").Append(diagnostics.Length).Append('\n');
        foreach (var d in diagnostics)
        {
            sb.Append(FormatDiagnostic(tree, d));
        }
        return sb.ToString();
    }

    private static string Span(int start, int end) => $"[{start}..{end})";

    public static string Escape(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (c < ' ' || c == '\u007f') sb.Append($"\\x{(int)c:x2}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>error PY0051 (1,5): expected ':' and the source line with a caret.</summary>
    public static string FormatDiagnostic(PythonSyntaxTree tree, Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var start = span.StartLinePosition;
        var sb = new StringBuilder();
        sb.Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Id)
          .Append($" ({start.Line + 1},{start.Character + 1}): ").Append(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        if (start.Line < tree.Text.Lines.Count)
        {
            var line = tree.Text.Lines[start.Line].ToString();
            sb.Append("  | ").Append(line.Replace("\t", " ")).Append('\n');
            int width = span.EndLinePosition.Line == start.Line ? Math.Max(1, span.EndLinePosition.Character - start.Character) : Math.Max(1, line.Length - start.Character);
            sb.Append("  | ").Append(' ', start.Character).Append('^', width).Append('\n');
        }
        return sb.ToString();
    }
}
