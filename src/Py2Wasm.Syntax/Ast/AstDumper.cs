using System.Text;
using Py2Wasm.Syntax.InternalSyntax;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Syntax.Ast;

/// <summary>
/// Renders a syntax tree exactly as CPython prints <c>ast.dump(ast.parse(source), include_attributes=True)</c>:
/// one line, CPython's node and field names and order, omitted <c>None</c> defaults, <c>ctx=Load()</c>,
/// literal values through Python's <c>repr</c>, and CPython's positions (1-based lines, UTF-8 byte columns).
/// </summary>
public static class AstDump
{
    /// <summary>Renders <paramref name="root"/> (a whole module) as CPython's <c>ast.dump</c> would.</summary>
    /// <param name="root">The root of a parsed tree.</param>
    /// <param name="options">The format; default <see cref="AstDumpOptions.Python312"/>.</param>
    public static string Dump(CompilationUnitSyntax root, AstDumpOptions? options = null)
    {
        var sb = new StringBuilder(Math.Max(256, root.FullSpan.Length * 8));
        Dump(root, options, sb);
        return sb.ToString();
    }

    /// <summary>Appends the rendering of <paramref name="root"/> to <paramref name="output"/>.</summary>
    /// <param name="root">The root of a parsed tree.</param>
    /// <param name="options">The format; default <see cref="AstDumpOptions.Python312"/>.</param>
    /// <param name="output">Where the one-line dump is appended.</param>
    public static void Dump(CompilationUnitSyntax root, AstDumpOptions? options, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(output);
        new AstDumper(root, options ?? AstDumpOptions.Python312, output).DumpModule(root);
    }
}

/// <summary>The expression context CPython records on names, attributes, subscripts, starred, lists and tuples.</summary>
internal enum ExprContext
{
    Load,
    Store,
    Del,
}

/// <summary>
/// Walks the red tree and writes CPython's <c>ast.dump</c> text. Node spans are computed from tokens (first and
/// last token with text, NEWLINE excluded, as CPython's parser does) and memoized, so left- or right-deep chains
/// cost linear time; recursion is guarded by <see cref="StackGuard"/> and the commonest deep shape (a left-nested
/// binary chain) is walked with an explicit stack.
/// </summary>
internal sealed partial class AstDumper
{
    private readonly StringBuilder _sb;
    private readonly AstDumpOptions _options;
    private readonly string _text;
    private readonly CPythonLineMap _lines;
    private readonly Dictionary<SyntaxNode, int> _starts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SyntaxNode, int> _ends = new(ReferenceEqualityComparer.Instance);
    private readonly List<SyntaxNode> _path = new();

    internal AstDumper(CompilationUnitSyntax root, AstDumpOptions options, StringBuilder output)
    {
        _sb = output;
        _options = options;
        _text = root.ToFullString();
        _lines = new CPythonLineMap(_text);
    }

    private bool Is312 => _options.Is312;

    internal void DumpModule(CompilationUnitSyntax root)
    {
        Begin("Module");
        Key("body");
        StatementList(root.Statements);
        Key("type_ignores");
        _sb.Append("[]");
        _sb.Append(')');
    }

    // ------------------------------------------------------------------ output helpers

    private void Begin(string name)
    {
        _sb.Append(name).Append('(');
    }

    /// <summary>Writes <c>name=</c>, preceded by a comma unless it is the first field.</summary>
    private void Key(string name)
    {
        Separator();
        _sb.Append(name).Append('=');
    }

    /// <summary>A comma before the next field or list element, unless it is the first.</summary>
    private void Separator()
    {
        char last = _sb[_sb.Length - 1];
        if (last != '(' && last != '[')
        {
            _sb.Append(", ");
        }
    }

    /// <summary>Closes a node, writing its position attributes first.</summary>
    private void End(int start, int end)
    {
        if (_options.IncludeAttributes)
        {
            var (line, col) = _lines.GetPosition(start);
            var (endLine, endCol) = _lines.GetPosition(Math.Max(start, end));
            Key("lineno");
            _sb.Append(line);
            Key("col_offset");
            _sb.Append(col);
            Key("end_lineno");
            _sb.Append(endLine);
            Key("end_col_offset");
            _sb.Append(endCol);
        }
        _sb.Append(')');
    }

    /// <summary>Closes a node at the span of the given syntax node.</summary>
    private void End(SyntaxNode node) => End(Start(node), EndOf(node));

    /// <summary>Closes a node that has no position attributes (arguments, comprehension, withitem, match_case).</summary>
    private void EndNoAttributes() => _sb.Append(')');

    private void Ctx(ExprContext ctx)
    {
        Key("ctx");
        _sb.Append(ctx switch
        {
            ExprContext.Store => "Store()",
            ExprContext.Del => "Del()",
            _ => "Load()",
        });
    }

    private void None() => _sb.Append("None");

    /// <summary>Writes the repr of an identifier, NFKC-normalized as CPython's parser does.</summary>
    private void Identifier(SyntaxToken token) => IdentifierText(token.Text);

    private void IdentifierText(string text)
    {
        string name = PyIdentifier.Normalize(text);
        bool simple = true;
        foreach (char c in name)
        {
            if (c >= 0x7F || c < 0x20 || c == '\'' || c == '\\')
            {
                simple = false;
                break;
            }
        }
        if (simple)
        {
            _sb.Append('\'').Append(name).Append('\'');
        }
        else
        {
            _sb.Append(PyRepr.Str(name));
        }
    }

    /// <summary>The source text between two offsets with line breaks translated to <c>\n</c>, as CPython reads it.</summary>
    private string SourceSlice(int start, int end)
    {
        if (end <= start)
        {
            return string.Empty;
        }
        var slice = _text.Substring(start, end - start);
        return slice.Contains('\r', StringComparison.Ordinal) ? slice.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : slice;
    }

    // ------------------------------------------------------------------ spans

    /// <summary>
    /// Start offset of the first token with text in <paramref name="node"/>. Walks green slots (no enumerators);
    /// results found by descending into children are memoized for every node on the way, so a left-deep chain is
    /// walked once, not once per level.
    /// </summary>
    private int Start(SyntaxNode node)
    {
        // Most nodes begin with one of their own tokens: no memo needed.
        var next = FirstChild(node, out int result);
        if (result >= 0)
        {
            return result;
        }
        if (_starts.TryGetValue(node, out int known))
        {
            return known;
        }
        _path.Clear();
        _path.Add(node);
        while (next is not null)
        {
            if (_starts.TryGetValue(next, out result))
            {
                break;
            }
            _path.Add(next);
            next = FirstChild(next, out result);
            if (result >= 0)
            {
                break;
            }
        }
        if (result < 0)
        {
            result = node.SpanStart;
        }
        foreach (var p in _path)
        {
            _starts[p] = result;
        }
        return result;
    }

    /// <summary>
    /// The first child of <paramref name="node"/> that holds text: either a token (its start in <paramref name="tokenStart"/>)
    /// or a node (returned). List slots are looked through.
    /// </summary>
    private static SyntaxNode? FirstChild(SyntaxNode node, out int tokenStart)
    {
        tokenStart = -1;
        var green = node.Green;
        int pos = node.Position;
        for (int i = 0, n = green.SlotCount; i < n; i++)
        {
            var child = green.GetSlot(i);
            if (child is null || child.FullWidth == 0)
            {
                continue;
            }
            if (child is GreenToken token)
            {
                if (token.Text.Length > 0)
                {
                    tokenStart = pos + token.LeadingTriviaWidth;
                    return null;
                }
            }
            else if (child.IsList)
            {
                int itemPos = pos;
                for (int j = 0, m = child.SlotCount; j < m; j++)
                {
                    var item = child.GetSlot(j);
                    if (item is null || item.FullWidth == 0)
                    {
                        continue;
                    }
                    if (item is GreenToken itemToken)
                    {
                        if (itemToken.Text.Length > 0)
                        {
                            tokenStart = itemPos + itemToken.LeadingTriviaWidth;
                            return null;
                        }
                    }
                    else
                    {
                        return node.GetNodeSlot(i)!.GetNodeSlot(j);
                    }
                    itemPos += item.FullWidth;
                }
            }
            else
            {
                return node.GetNodeSlot(i);
            }
            pos += child.FullWidth;
        }
        return null;
    }

    /// <summary>End offset of the last token with text in <paramref name="node"/>, NEWLINE tokens excluded.</summary>
    private int EndOf(SyntaxNode node)
    {
        var next = LastChild(node, out int result);
        if (result >= 0)
        {
            return result;
        }
        if (_ends.TryGetValue(node, out int known))
        {
            return known;
        }
        _path.Clear();
        _path.Add(node);
        while (next is not null)
        {
            if (_ends.TryGetValue(next, out result))
            {
                break;
            }
            _path.Add(next);
            next = LastChild(next, out result);
            if (result >= 0)
            {
                break;
            }
        }
        if (result < 0)
        {
            result = node.Span.End;
        }
        foreach (var p in _path)
        {
            _ends[p] = result;
        }
        return result;
    }

    /// <summary>The last child of <paramref name="node"/> that holds text other than a NEWLINE.</summary>
    private static SyntaxNode? LastChild(SyntaxNode node, out int tokenEnd)
    {
        tokenEnd = -1;
        var green = node.Green;
        int end = node.Position + green.FullWidth;
        for (int i = green.SlotCount - 1; i >= 0; i--)
        {
            var child = green.GetSlot(i);
            if (child is null || child.FullWidth == 0)
            {
                continue;
            }
            if (child is GreenToken token)
            {
                if (token.Text.Length > 0 && token.Kind != SyntaxKind.NewLineToken)
                {
                    tokenEnd = end - token.TrailingTriviaWidth;
                    return null;
                }
            }
            else if (child.IsList)
            {
                int itemEnd = end;
                for (int j = child.SlotCount - 1; j >= 0; j--)
                {
                    var item = child.GetSlot(j);
                    if (item is null || item.FullWidth == 0)
                    {
                        continue;
                    }
                    if (item is GreenToken itemToken)
                    {
                        if (itemToken.Text.Length > 0 && itemToken.Kind != SyntaxKind.NewLineToken)
                        {
                            tokenEnd = itemEnd - itemToken.TrailingTriviaWidth;
                            return null;
                        }
                    }
                    else
                    {
                        return node.GetNodeSlot(i)!.GetNodeSlot(j);
                    }
                    itemEnd -= item.FullWidth;
                }
            }
            else
            {
                return node.GetNodeSlot(i);
            }
            end -= child.FullWidth;
        }
        return null;
    }

    private static int TokenStart(SyntaxToken token) => token.SpanStart;

    private static int TokenEnd(SyntaxToken token) => token.Span.End;
}
