using System.Text;

namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>A green token: kind, text and leading/trailing trivia (a <see cref="GreenTrivia"/> or a list of them).</summary>
/// <remarks>
/// Most tokens have trivia on at most one side, so a token keeps one trivia field and marks in
/// <see cref="GreenNode.SparseMask"/> which side it belongs to (bit 0 leading, bit 1 trailing); the rarer tokens
/// with trivia on both sides are a subclass with a second field. Tokens are immutable and may be shared.
/// </remarks>
internal class GreenToken : GreenNode
{
    /// <summary>The text, or for a sliced token the whole source text it is a slice of.</summary>
    private protected readonly string _text;

    /// <summary>The leading trivia when there is any, otherwise the trailing trivia (see <see cref="GreenNode.SparseMask"/>).</summary>
    private readonly GreenNode? _trivia;

    private protected GreenToken(SyntaxKind kind, string text, int width, GreenNode? leading, GreenNode? trailing, bool missing)
        : base(kind, width)
    {
        _text = text;
        _trivia = leading ?? trailing;
        SparseMask = (byte)((leading is null ? 0 : 1) | (trailing is null ? 0 : 2));
        if (leading is not null)
        {
            AdjustFlagsAndWidth(leading);
        }
        if (trailing is not null)
        {
            AdjustFlagsAndWidth(trailing);
        }
        if (missing)
        {
            Flags |= GreenNodeFlags.IsMissing;
        }
    }

    /// <summary>The token's text (a sliced token materialises it on each call).</summary>
    public string Text => this is SlicedGreenToken sliced ? sliced.Materialize() : _text;

    public GreenNode? LeadingTrivia => (SparseMask & 1) != 0 ? _trivia : null;

    public GreenNode? TrailingTrivia => SparseMask switch
    {
        2 => _trivia,
        3 => SecondTrivia,
        _ => null,
    };

    /// <summary>The trailing trivia of a token with trivia on both sides.</summary>
    private protected virtual GreenNode? SecondTrivia => null;

    /// <summary>Where a sliced token's text starts in its source; -1 for a token with a text of its own.</summary>
    private protected virtual int SliceStart => -1;

    public override bool IsToken => true;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => null;

    public override int LeadingTriviaWidth => LeadingTrivia?.FullWidth ?? 0;

    public override int TrailingTriviaWidth => TrailingTrivia?.FullWidth ?? 0;

    /// <summary>The length of the token's own text.</summary>
    private int TextLength => FullWidth - LeadingTriviaWidth - TrailingTriviaWidth;

    /// <summary>Creates a token; tokens without diagnostics may be shared, so never mutate one after creation.</summary>
    public static GreenToken Create(SyntaxKind kind, string text, GreenNode? leading = null, GreenNode? trailing = null) =>
        Make(kind, text, -1, text.Length, leading, trailing, missing: false);

    /// <summary>A token whose text, <c>source[start..start+length)</c>, stays in the source until read (long literals).</summary>
    public static GreenToken CreateSliced(SyntaxKind kind, string source, int start, int length, GreenNode? leading = null, GreenNode? trailing = null) =>
        Make(kind, source, start, length, leading, trailing, missing: false);

    /// <summary>A zero-width token the parser expected but did not find.</summary>
    public static GreenToken CreateMissing(SyntaxKind kind, GreenNode? leading = null, GreenNode? trailing = null) =>
        Make(kind, string.Empty, -1, 0, leading, trailing, missing: true);

    /// <summary>Picks the smallest representation for the text (own or sliced) and the trivia present.</summary>
    private static GreenToken Make(SyntaxKind kind, string text, int start, int length, GreenNode? leading, GreenNode? trailing, bool missing)
    {
        bool both = leading is not null && trailing is not null;
        if (start < 0)
        {
            return both
                ? new GreenTokenWithTrivia(kind, text, length, leading, trailing!, missing)
                : new GreenToken(kind, text, length, leading, trailing, missing);
        }
        return both
            ? new SlicedGreenTokenWithTrivia(kind, text, start, length, leading, trailing!, missing)
            : new SlicedGreenToken(kind, text, start, length, leading, trailing, missing);
    }

    /// <summary>A copy with another kind and trivia (tokens can be shared, so they are never mutated).</summary>
    private GreenToken Copy(SyntaxKind kind, GreenNode? leading, GreenNode? trailing)
    {
        var copy = Make(kind, _text, SliceStart, TextLength, leading, trailing, IsMissing);
        copy.AddDiagnostics(GetDiagnostics());
        return copy;
    }

    /// <summary>A copy of this token with extra diagnostics.</summary>
    public GreenToken WithDiagnostics(params DiagnosticInfo[] diagnostics)
    {
        var copy = Copy(Kind, LeadingTrivia, TrailingTrivia);
        copy.AddDiagnostics(diagnostics);
        return copy;
    }

    public GreenToken WithLeadingTrivia(GreenNode? leading) => Copy(Kind, leading, TrailingTrivia);

    public GreenToken WithTrailingTrivia(GreenNode? trailing) => Copy(Kind, LeadingTrivia, trailing);

    public GreenToken WithKind(SyntaxKind kind) => Copy(kind, LeadingTrivia, TrailingTrivia);

    protected override void WriteTerminalTo(StringBuilder builder)
    {
        LeadingTrivia?.WriteTo(builder);
        int start = SliceStart;
        if (start < 0)
        {
            builder.Append(_text);
        }
        else
        {
            builder.Append(_text, start, TextLength);
        }
        TrailingTrivia?.WriteTo(builder);
    }

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) =>
        throw new InvalidOperationException("Tokens are not red nodes; use SyntaxToken.");

    /// <summary>A token with trivia on both sides.</summary>
    private sealed class GreenTokenWithTrivia : GreenToken
    {
        private readonly GreenNode _trailing;

        public GreenTokenWithTrivia(SyntaxKind kind, string text, int width, GreenNode? leading, GreenNode trailing, bool missing)
            : base(kind, text, width, leading, trailing, missing)
        {
            _trailing = trailing;
        }

        private protected override GreenNode? SecondTrivia => _trailing;
    }

    /// <summary>
    /// A token whose text is left in the source until someone reads it. String literals are about a fifth of
    /// typical Python source; copying each into its own string at parse time cost most of a byte per source
    /// byte, while most consumers read few of them. The token stays position-free: it holds the source string
    /// and an offset into it, not a position in a tree.
    /// </summary>
    private class SlicedGreenToken : GreenToken
    {
        private readonly int _start;

        public SlicedGreenToken(SyntaxKind kind, string source, int start, int length, GreenNode? leading, GreenNode? trailing, bool missing)
            : base(kind, source, length, leading, trailing, missing)
        {
            _start = start;
        }

        private protected override int SliceStart => _start;

        public string Materialize() => _text.Substring(_start, TextLength);
    }

    /// <summary>A sliced token with trivia on both sides.</summary>
    private sealed class SlicedGreenTokenWithTrivia : SlicedGreenToken
    {
        private readonly GreenNode _trailing;

        public SlicedGreenTokenWithTrivia(SyntaxKind kind, string source, int start, int length, GreenNode? leading, GreenNode trailing, bool missing)
            : base(kind, source, start, length, leading, trailing, missing)
        {
            _trailing = trailing;
        }

        private protected override GreenNode? SecondTrivia => _trailing;
    }
}

/// <summary>A piece of trivia: whitespace, a comment, a line break, a continuation, skipped text.</summary>
internal class GreenTrivia : GreenNode
{
    /// <summary>The text, or for a sliced trivia the whole source text it is a slice of.</summary>
    private protected readonly string _text;

    private protected GreenTrivia(SyntaxKind kind, string text, int width)
        : base(kind, width)
    {
        _text = text;
        if (kind == SyntaxKind.SkippedTokensTrivia)
        {
            Flags |= GreenNodeFlags.ContainsSkippedText;
        }
    }

    private GreenTrivia(SyntaxKind kind, string text)
        : this(kind, text, text.Length)
    {
    }

    /// <summary>The trivia's text (sliced trivia materialise it on each call).</summary>
    public string Text => this is SlicedGreenTrivia sliced ? sliced.Materialize() : _text;

    public override bool IsTrivia => true;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => null;

    public override int LeadingTriviaWidth => 0;

    public override int TrailingTriviaWidth => 0;

    private static readonly GreenTrivia Space = new(SyntaxKind.WhitespaceTrivia, " ");
    private static readonly GreenTrivia LineFeed = new(SyntaxKind.EndOfLineTrivia, "\n");
    private static readonly GreenTrivia CarriageReturnLineFeed = new(SyntaxKind.EndOfLineTrivia, "\r\n");
    private static readonly GreenTrivia[] Indents = CreateIndents();

    private static GreenTrivia[] CreateIndents()
    {
        var result = new GreenTrivia[33];
        for (int i = 1; i < result.Length; i++)
        {
            result[i] = new GreenTrivia(SyntaxKind.WhitespaceTrivia, new string(' ', i));
        }
        return result;
    }

    /// <summary>Creates trivia, sharing instances for the most common texts. Shared instances carry no diagnostics.</summary>
    public static GreenTrivia Create(SyntaxKind kind, string text)
    {
        if (kind == SyntaxKind.WhitespaceTrivia && text.Length < Indents.Length && text.Length > 0 && IsAllSpaces(text))
        {
            return text.Length == 1 ? Space : Indents[text.Length];
        }
        if (kind == SyntaxKind.EndOfLineTrivia)
        {
            if (text == "\n") return LineFeed;
            if (text == "\r\n") return CarriageReturnLineFeed;
        }
        return new GreenTrivia(kind, text);
    }

    /// <summary>Trivia whose text, <c>source[start..start+length)</c>, stays in the source until read (long comments).</summary>
    public static GreenTrivia CreateSliced(SyntaxKind kind, string source, int start, int length) =>
        new SlicedGreenTrivia(kind, source, start, length);

    /// <summary>Unshared trivia that may carry diagnostics.</summary>
    public static GreenTrivia CreateUnique(SyntaxKind kind, string text) => new(kind, text);

    private static bool IsAllSpaces(string text)
    {
        foreach (var c in text)
        {
            if (c != ' ') return false;
        }
        return true;
    }

    protected override void WriteTerminalTo(StringBuilder builder) => builder.Append(_text);

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) =>
        throw new InvalidOperationException("Trivia are not red nodes; use SyntaxTrivia.");

    /// <summary>Trivia left in the source until read, like <see cref="GreenToken"/>'s sliced tokens (comments).</summary>
    private sealed class SlicedGreenTrivia : GreenTrivia
    {
        private readonly int _start;

        public SlicedGreenTrivia(SyntaxKind kind, string source, int start, int length)
            : base(kind, source, length)
        {
            _start = start;
        }

        public string Materialize() => _text.Substring(_start, FullWidth);

        protected override void WriteTerminalTo(StringBuilder builder) => builder.Append(_text, _start, FullWidth);
    }
}

/// <summary>
/// A list of green children: statements, separated elements and separators, tokens or trivia. Lists of two
/// or three children (argument pairs, <c>a, b</c> targets, trivia runs) keep them in fields rather than an
/// array, as Roslyn's green lists do: that saves the array object, about a quarter of all list memory.
/// </summary>
internal abstract class GreenList : GreenNode
{
    private GreenList()
        : base(SyntaxKind.List)
    {
    }

    public override bool IsList => true;

    public static GreenList Create(GreenNode[] children) =>
        children.Length is 2 or 3 ? Create(children.AsSpan()) : new WithManyChildren(children);

    public static GreenList Create(List<GreenNode> children) =>
        Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(children));

    public static GreenList Create(ReadOnlySpan<GreenNode> children) => children.Length switch
    {
        2 => new WithTwoChildren(children[0], children[1]),
        3 => new WithThreeChildren(children[0], children[1], children[2]),
        _ => new WithManyChildren(children.ToArray()),
    };

    public static GreenNode? CreateOrNull(List<GreenNode> children) => children.Count == 0 ? null : Create(children);

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) => new SyntaxListNode(this, parent, position);

    private sealed class WithTwoChildren : GreenList
    {
        private readonly GreenNode _child0;
        private readonly GreenNode _child1;

        public WithTwoChildren(GreenNode child0, GreenNode child1)
        {
            _child0 = child0;
            _child1 = child1;
            AdjustFlagsAndWidth(child0);
            AdjustFlagsAndWidth(child1);
        }

        public override int SlotCount => 2;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => _child0,
            1 => _child1,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithThreeChildren : GreenList
    {
        private readonly GreenNode _child0;
        private readonly GreenNode _child1;
        private readonly GreenNode _child2;

        public WithThreeChildren(GreenNode child0, GreenNode child1, GreenNode child2)
        {
            _child0 = child0;
            _child1 = child1;
            _child2 = child2;
            AdjustFlagsAndWidth(child0);
            AdjustFlagsAndWidth(child1);
            AdjustFlagsAndWidth(child2);
        }

        public override int SlotCount => 3;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => _child0,
            1 => _child1,
            2 => _child2,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithManyChildren : GreenList
    {
        private readonly GreenNode[] _children;

        public WithManyChildren(GreenNode[] children)
        {
            _children = children;
            foreach (var child in children)
            {
                AdjustFlagsAndWidth(child);
            }
        }

        public override int SlotCount => _children.Length;

        public override GreenNode? GetSlot(int index) => _children[index];
    }
}
