using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax.InternalSyntax;

namespace Py2Wasm.Syntax;

/// <summary>Options for parsing.</summary>
public sealed record PythonParseOptions
{
    /// <summary>The default options: Python 3.12, file input.</summary>
    public static PythonParseOptions Default { get; } = new();

    /// <summary>The Python version whose grammar is accepted, as (major, minor). Default 3.12.</summary>
    public (int Major, int Minor) LanguageVersion { get; init; } = (3, 12);
}

/// <summary>
/// A parsed Python source file: the text, the lossless red-green tree and its diagnostics.
/// Immutable and thread-safe.
/// </summary>
public sealed class PythonSyntaxTree
{
    private readonly GreenNode _greenRoot;
    private SyntaxNode? _root;
    private ImmutableArray<Diagnostic> _diagnostics;

    private PythonSyntaxTree(SourceText text, GreenNode greenRoot, string filePath, PythonParseOptions options, SyntaxNode? root)
    {
        Text = text;
        _greenRoot = greenRoot;
        FilePath = filePath;
        Options = options;
        _root = root;
        root?.SetSyntaxTree(this);
    }

    /// <summary>The source text.</summary>
    public SourceText Text { get; }

    /// <summary>The path of the file (may be empty).</summary>
    public string FilePath { get; }

    /// <summary>The options the tree was parsed with.</summary>
    public PythonParseOptions Options { get; }

    /// <summary>Parses <paramref name="text"/>. Never throws on any input; errors are diagnostics.</summary>
    public static PythonSyntaxTree ParseText(string text, PythonParseOptions? options = null, string path = "") =>
        ParseText(SourceText.From(text), options, path);

    /// <summary>Parses <paramref name="text"/>. Never throws on any input; errors are diagnostics.</summary>
    public static PythonSyntaxTree ParseText(SourceText text, PythonParseOptions? options = null, string path = "")
    {
        options ??= PythonParseOptions.Default;
        var green = LanguageParser.ParseCompilationUnit(text, options);
        return new PythonSyntaxTree(text, green, path, options, null);
    }

    /// <summary>
    /// Decodes Python source bytes as CPython does (BOM, PEP 263 coding declaration, default UTF-8) and parses
    /// them. Decoding problems become diagnostics.
    /// </summary>
    public static PythonSyntaxTree ParseBytes(byte[] bytes, PythonParseOptions? options = null, string path = "")
    {
        var decoded = SourceDecoder.Decode(bytes);
        var tree = ParseText(SourceText.From(decoded.Text), options, path);
        if (decoded.Error is not null)
        {
            tree._extraDiagnostics = ImmutableArray.Create(Diagnostic.Create(
                DiagnosticDescriptors.Get(ErrorCode.EncodingError),
                tree.GetLocation(new TextSpan(Math.Min(decoded.ErrorOffset, decoded.Text.Length), 0)),
                decoded.Error));
        }
        return tree;
    }

    private ImmutableArray<Diagnostic> _extraDiagnostics = ImmutableArray<Diagnostic>.Empty;

    internal static PythonSyntaxTree CreateForRoot(SyntaxNode root) =>
        new(SourceText.From(root.ToFullString()), root.Green, string.Empty, PythonParseOptions.Default, root);

    /// <summary>The root of the tree.</summary>
    public CompilationUnitSyntax GetRoot()
    {
        if (_root is null)
        {
            var root = _greenRoot.CreateRed(null, 0);
            root.SetSyntaxTree(this);
            Interlocked.CompareExchange(ref _root, root, null);
        }
        return (CompilationUnitSyntax)_root!;
    }

    internal GreenNode GreenRoot => _greenRoot;

    /// <summary>All diagnostics of the tree in source order.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics()
    {
        if (_diagnostics.IsDefault)
        {
            var all = _extraDiagnostics.AddRange(CollectDiagnostics(_greenRoot, 0)).AddRange(SyntaxChecker.Check(this))
                .OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
            ImmutableInterlocked.InterlockedInitialize(ref _diagnostics, all);
        }
        return _diagnostics;
    }

    /// <summary>True when the tree has at least one error.</summary>
    public bool HasErrors => GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);

    internal IEnumerable<Diagnostic> GetDiagnostics(SyntaxNode node)
    {
        if (ReferenceEquals(node.Green, _greenRoot) && node.Position == 0)
        {
            return GetDiagnostics();
        }
        return CollectDiagnostics(node.Green, node.Position);
    }

    private ImmutableArray<Diagnostic> CollectDiagnostics(GreenNode root, int position)
    {
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!root.ContainsDiagnostics)
        {
            return result.ToImmutable();
        }
        var stack = new Stack<(GreenNode Node, int Position)>();
        stack.Push((root, position));
        while (stack.Count > 0)
        {
            var (node, pos) = stack.Pop();
            foreach (var info in node.GetDiagnostics())
            {
                result.Add(ToDiagnostic(info, pos));
            }
            if (node is GreenToken token)
            {
                if (token.LeadingTrivia is { ContainsDiagnostics: true } lead)
                {
                    stack.Push((lead, pos));
                }
                if (token.TrailingTrivia is { ContainsDiagnostics: true } trail)
                {
                    stack.Push((trail, pos + token.LeadingTriviaWidth + token.Text.Length));
                }
                continue;
            }
            int childPos = pos + node.FullWidth;
            for (int i = node.SlotCount - 1; i >= 0; i--)
            {
                var child = node.GetSlot(i);
                if (child is null) continue;
                childPos -= child.FullWidth;
                if (child.ContainsDiagnostics)
                {
                    stack.Push((child, childPos));
                }
            }
        }
        // Nodes report their own diagnostics before their children's; sort by location for a stable order.
        return result.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    private Diagnostic ToDiagnostic(DiagnosticInfo info, int nodePosition)
    {
        int start = Math.Min(nodePosition + info.Offset, Text.Length);
        int length = Math.Max(0, Math.Min(info.Width, Text.Length - start));
        return Diagnostic.Create(DiagnosticDescriptors.Get(info.Code), GetLocation(new TextSpan(start, length)), info.Args);
    }

    /// <summary>A location in this tree.</summary>
    public Location GetLocation(TextSpan span) =>
        Location.Create(FilePath, span, Text.Lines.GetLinePositionSpan(span));
}

/// <summary>Decodes Python source bytes the way CPython does.</summary>
public static class SourceDecoder
{
    static SourceDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The decoded text, the encoding name used, and an error (CPython's message) if decoding failed.</summary>
    public readonly record struct Result(string Text, string EncodingName, string? Error, int ErrorOffset = 0);

    /// <summary>Decodes <paramref name="bytes"/>: UTF-8 BOM, then a PEP 263 cookie in the first two lines, else UTF-8.</summary>
    public static Result Decode(byte[] bytes)
    {
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        string? cookie = FindCookie(bytes, bom ? 3 : 0);
        string? error = null;
        Encoding encoding = new UTF8Encoding(false, true);
        string name = "utf-8";
        if (cookie is not null)
        {
            var normalized = NormalizeEncodingName(cookie);
            if (bom && normalized != "utf-8")
            {
                error = $"encoding problem: {cookie} with BOM";
            }
            else
            {
                try
                {
                    encoding = normalized == "utf-8" ? encoding : GetEncoding(normalized);
                    name = normalized;
                }
                catch (ArgumentException)
                {
                    error = $"unknown encoding: {cookie}";
                }
            }
        }
        string text;
        try
        {
            // Keep the BOM in the text so the tree stays lossless; the lexer turns it into trivia.
            text = (bom ? "\uFEFF" : string.Empty) + encoding.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        }
        catch (DecoderFallbackException)
        {
            // Undecodable bytes: keep a lossless Latin-1 view (one char per byte) so offsets stay byte offsets.
            text = Encoding.Latin1.GetString(bytes);
            if (error is null && name == "utf-8")
            {
                var (message, offset) = DescribeUtf8Error(bytes, bom ? 3 : 0);
                return new Result(text, name, message, offset);
            }
            error ??= $"(unicode error) '{name}' codec can't decode the source";
        }
        return new Result(text, name, error);
    }

    /// <summary>
    /// CPython decodes invalid UTF-8 token by token, so its message counts the position from the start of the
    /// token (for a string literal: from just after the opening quote) and names the UTF-8 failure exactly.
    /// </summary>
    private static (string Message, int Offset) DescribeUtf8Error(byte[] bytes, int start)
    {
        int i = start;
        string reason = "invalid start byte";
        int errorStart = 0, errorEnd = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            int need = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (need < 0)
            {
                (errorStart, errorEnd, reason) = (i, i + 1, "invalid start byte");
                break;
            }
            int j = 1;
            bool bad = false;
            for (; j <= need; j++)
            {
                if (i + j >= bytes.Length)
                {
                    (errorStart, errorEnd, reason, bad) = (i, bytes.Length, "unexpected end of data", true);
                    break;
                }
                byte c = bytes[i + j];
                bool ok = (c & 0xC0) == 0x80;
                if (j == 1)
                {
                    ok &= !(b == 0xE0 && c < 0xA0) && !(b == 0xED && c > 0x9F) && !(b == 0xF0 && c < 0x90) && !(b == 0xF4 && c > 0x8F);
                }
                if (!ok)
                {
                    (errorStart, errorEnd, reason, bad) = (i, i + j, "invalid continuation byte", true);
                    break;
                }
            }
            if (bad)
            {
                break;
            }
            i += need + 1;
        }
        // The token that holds the bad byte: the enclosing string's body, else the run of non-blank characters.
        int lineStart = errorStart;
        while (lineStart > start && bytes[lineStart - 1] != (byte)'\n' && bytes[lineStart - 1] != (byte)'\r') lineStart--;
        int tokenStart = lineStart;
        byte quote = 0;
        for (int k = lineStart; k < errorStart; k++)
        {
            byte c = bytes[k];
            if (quote == 0)
            {
                if (c == (byte)'#') break;
                if (c == (byte)'\'' || c == (byte)'"') { quote = c; tokenStart = k + 1; }
            }
            else if (c == (byte)'\\') k++;
            else if (c == quote) quote = 0;
        }
        if (quote == 0)
        {
            tokenStart = errorStart;
            while (tokenStart > lineStart && bytes[tokenStart - 1] is not ((byte)' ' or (byte)'\t' or (byte)'\f' or (byte)'(' or (byte)'[' or (byte)'{' or (byte)'=' or (byte)','))
            {
                tokenStart--;
            }
        }
        int position = errorStart - tokenStart;
        string what = errorEnd - errorStart == 1
            ? $"byte 0x{bytes[errorStart]:x2} in position {position}"
            : $"bytes in position {position}-{position + errorEnd - errorStart - 1}";
        return ($"(unicode error) 'utf-8' codec can't decode {what}: {reason}", errorStart);
    }

    /// <summary>CPython's tokenizer normalisation (get_normal_name): only utf-8 and latin-1 spellings are folded.</summary>
    private static string NormalizeEncodingName(string cookie)
    {
        var n = cookie.Length > 12 ? cookie[..12] : cookie;
        n = n.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        if (n is "latin-1" or "iso-8859-1" or "iso-latin-1" || n.StartsWith("latin-1-", StringComparison.Ordinal) ||
            n.StartsWith("iso-8859-1-", StringComparison.Ordinal) || n.StartsWith("iso-latin-1-", StringComparison.Ordinal)) return "iso-8859-1";
        return cookie;
    }

    /// <summary>Maps a Python codec name to a .NET encoding (Python's codec aliases: case, '-' and '_' are ignored).</summary>
    private static Encoding GetEncoding(string name)
    {
        var key = name.ToLowerInvariant().Replace('_', '-');
        key = key switch
        {
            "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
            "latin1" or "latin" or "l1" or "iso8859-1" or "8859" or "cp819" => "iso-8859-1",
            "ascii" or "us-ascii" or "646" => "us-ascii",
            _ => key.StartsWith("iso8859-", StringComparison.Ordinal) ? "iso-8859-" + key[8..] : key,
        };
        return Encoding.GetEncoding(key, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>Finds a coding declaration in the first two lines (the second only if the first is blank or a comment).</summary>
    private static string? FindCookie(byte[] bytes, int start)
    {
        int pos = start;
        for (int line = 0; line < 2 && pos < bytes.Length; line++)
        {
            int end = pos;
            while (end < bytes.Length && bytes[end] != (byte)'\n' && bytes[end] != (byte)'\r') end++;
            var text = Encoding.Latin1.GetString(bytes, pos, end - pos);
            var match = System.Text.RegularExpressions.Regex.Match(text, @"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)");
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
            var trimmed = text.TrimStart(' ', '\t', '\f');
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                return null;
            }
            pos = end;
            if (pos < bytes.Length && bytes[pos] == (byte)'\r') pos++;
            if (pos < bytes.Length && bytes[pos] == (byte)'\n') pos++;
        }
        return null;
    }
}
