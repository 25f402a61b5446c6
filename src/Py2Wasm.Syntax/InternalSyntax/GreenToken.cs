using System.Text;

namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>A green token: kind, text and leading/trailing trivia (a <see cref="GreenTrivia"/> or a list of them).</summary>
internal sealed class GreenToken : GreenNode
{
    private GreenToken(SyntaxKind kind, string text, GreenNode? leading, GreenNode? trailing, bool missing)
        : base(kind, text.Length)
    {
        Text = text;
        LeadingTrivia = leading;
        TrailingTrivia = trailing;
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

    public string Text { get; }

    public GreenNode? LeadingTrivia { get; }

    public GreenNode? TrailingTrivia { get; }

    public override bool IsToken => true;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => null;

    public override int LeadingTriviaWidth => LeadingTrivia?.FullWidth ?? 0;

    public override int TrailingTriviaWidth => TrailingTrivia?.FullWidth ?? 0;

    /// <summary>Creates a token; tokens without diagnostics may be shared, so never mutate one after creation.</summary>
    public static GreenToken Create(SyntaxKind kind, string text, GreenNode? leading = null, GreenNode? trailing = null) =>
        new(kind, text, leading, trailing, missing: false);

    /// <summary>A zero-width token the parser expected but did not find.</summary>
    public static GreenToken CreateMissing(SyntaxKind kind, GreenNode? leading = null, GreenNode? trailing = null) =>
        new(kind, string.Empty, leading, trailing, missing: true);

    /// <summary>A copy of this token with extra diagnostics (tokens can be shared, so they are never mutated).</summary>
    public GreenToken WithDiagnostics(params DiagnosticInfo[] diagnostics)
    {
        var copy = new GreenToken(Kind, Text, LeadingTrivia, TrailingTrivia, IsMissing);
        copy.AddDiagnostics(GetDiagnostics());
        copy.AddDiagnostics(diagnostics);
        return copy;
    }

    public GreenToken WithLeadingTrivia(GreenNode? leading)
    {
        var copy = new GreenToken(Kind, Text, leading, TrailingTrivia, IsMissing);
        copy.AddDiagnostics(GetDiagnostics());
        return copy;
    }

    public GreenToken WithTrailingTrivia(GreenNode? trailing)
    {
        var copy = new GreenToken(Kind, Text, LeadingTrivia, trailing, IsMissing);
        copy.AddDiagnostics(GetDiagnostics());
        return copy;
    }

    public GreenToken WithKind(SyntaxKind kind)
    {
        var copy = new GreenToken(kind, Text, LeadingTrivia, TrailingTrivia, IsMissing);
        copy.AddDiagnostics(GetDiagnostics());
        return copy;
    }

    protected override void WriteTerminalTo(StringBuilder builder)
    {
        LeadingTrivia?.WriteTo(builder);
        builder.Append(Text);
        TrailingTrivia?.WriteTo(builder);
    }

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) =>
        throw new InvalidOperationException("Tokens are not red nodes; use SyntaxToken.");
}

/// <summary>A piece of trivia: whitespace, a comment, a line break, a continuation, skipped text.</summary>
internal sealed class GreenTrivia : GreenNode
{
    private GreenTrivia(SyntaxKind kind, string text)
        : base(kind, text.Length)
    {
        Text = text;
        if (kind == SyntaxKind.SkippedTokensTrivia)
        {
            Flags |= GreenNodeFlags.ContainsSkippedText;
        }
    }

    public string Text { get; }

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

    protected override void WriteTerminalTo(StringBuilder builder) => builder.Append(Text);

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) =>
        throw new InvalidOperationException("Trivia are not red nodes; use SyntaxTrivia.");
}

/// <summary>A list of green children: statements, separated elements and separators, tokens or trivia.</summary>
internal sealed class GreenList : GreenNode
{
    private readonly GreenNode[] _children;

    private GreenList(GreenNode[] children)
        : base(SyntaxKind.List)
    {
        _children = children;
        foreach (var child in children)
        {
            AdjustFlagsAndWidth(child);
        }
    }

    public override bool IsList => true;

    public override int SlotCount => _children.Length;

    public override GreenNode? GetSlot(int index) => _children[index];

    public static GreenList Create(GreenNode[] children) => new(children);

    public static GreenNode? CreateOrNull(List<GreenNode> children) =>
        children.Count == 0 ? null : new GreenList(children.ToArray());

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) => new SyntaxListNode(this, parent, position);
}
