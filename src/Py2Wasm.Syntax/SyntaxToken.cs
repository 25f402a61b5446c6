using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax.InternalSyntax;

namespace Py2Wasm.Syntax;

/// <summary>A token of the red tree: a struct over its green token, its parent and its position.</summary>
public readonly struct SyntaxToken : IEquatable<SyntaxToken>
{
    internal SyntaxToken(SyntaxNode? parent, GreenToken? node, int position, int index)
    {
        Parent = parent;
        Node = node;
        Position = position;
        Index = index;
    }

    internal GreenToken? Node { get; }

    internal int Index { get; }

    /// <summary>The node that contains this token.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>Start of the full span (including leading trivia).</summary>
    public int Position { get; }

    /// <summary>The kind of the token; <see cref="SyntaxKind.None"/> for the default (absent) token.</summary>
    public SyntaxKind Kind => Node?.Kind ?? SyntaxKind.None;

    /// <summary>For identifiers that are soft keywords (match, case, type, _): that keyword's kind; otherwise <see cref="Kind"/>.</summary>
    public SyntaxKind ContextualKind => Kind == SyntaxKind.IdentifierToken ? SyntaxFacts.GetContextualKeywordKind(Text) : Kind;

    /// <summary>The token's text without trivia.</summary>
    public string Text => Node?.Text ?? string.Empty;

    /// <summary>Same as <see cref="Text"/>.</summary>
    public string ValueText => Text;

    /// <summary>True for the default token of an empty optional slot.</summary>
    public bool IsNone => Node is null;

    /// <summary>True when the parser synthesised this token (zero width) because it was expected but absent.</summary>
    public bool IsMissing => Node?.IsMissing ?? false;

    /// <summary>The span including trivia.</summary>
    public TextSpan FullSpan => new(Position, Node?.FullWidth ?? 0);

    /// <summary>The span of the token's text.</summary>
    public TextSpan Span => new(Position + (Node?.LeadingTriviaWidth ?? 0), Node?.Text.Length ?? 0);

    /// <summary>Start of <see cref="Span"/>.</summary>
    public int SpanStart => Position + (Node?.LeadingTriviaWidth ?? 0);

    /// <summary>The trivia before the token.</summary>
    public SyntaxTriviaList LeadingTrivia => new(this, Node?.LeadingTrivia, Position);

    /// <summary>The trivia after the token.</summary>
    public SyntaxTriviaList TrailingTrivia => new(this, Node?.TrailingTrivia, Position + (Node is null ? 0 : Node.LeadingTriviaWidth + Node.Text.Length));

    /// <summary>True when the token or its trivia carry diagnostics.</summary>
    public bool ContainsDiagnostics => Node?.ContainsDiagnostics ?? false;

    /// <summary>The tree this token belongs to.</summary>
    public PythonSyntaxTree? SyntaxTree => Parent?.SyntaxTree;

    /// <summary>The text including trivia.</summary>
    public string ToFullString() => Node?.ToFullString() ?? string.Empty;

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>A copy (detached from any tree) with other leading trivia.</summary>
    public SyntaxToken WithLeadingTrivia(IEnumerable<SyntaxTrivia> trivia) =>
        Node is null ? this : new SyntaxToken(null, Node.WithLeadingTrivia(SyntaxTriviaList.ToGreen(trivia)), 0, 0);

    /// <summary>A copy (detached from any tree) with other trailing trivia.</summary>
    public SyntaxToken WithTrailingTrivia(IEnumerable<SyntaxTrivia> trivia) =>
        Node is null ? this : new SyntaxToken(null, Node.WithTrailingTrivia(SyntaxTriviaList.ToGreen(trivia)), 0, 0);

    /// <inheritdoc/>
    public bool Equals(SyntaxToken other) => ReferenceEquals(Node, other.Node) && ReferenceEquals(Parent, other.Parent) && Position == other.Position && Index == other.Index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxToken t && Equals(t);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Node, Parent, Position, Index);

    /// <summary>Equality.</summary>
    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}

/// <summary>A piece of trivia in the red tree.</summary>
public readonly struct SyntaxTrivia : IEquatable<SyntaxTrivia>
{
    internal SyntaxTrivia(SyntaxToken token, GreenTrivia? node, int position)
    {
        Token = token;
        Node = node;
        Position = position;
    }

    internal GreenTrivia? Node { get; }

    /// <summary>The token this trivia belongs to.</summary>
    public SyntaxToken Token { get; }

    /// <summary>Start of the trivia.</summary>
    public int Position { get; }

    /// <summary>The trivia kind.</summary>
    public SyntaxKind Kind => Node?.Kind ?? SyntaxKind.None;

    /// <summary>The trivia text.</summary>
    public string Text => Node?.Text ?? string.Empty;

    /// <summary>The span of the trivia.</summary>
    public TextSpan Span => new(Position, Node?.FullWidth ?? 0);

    /// <summary>Creates detached trivia (for <see cref="SyntaxFactory"/> users).</summary>
    public static SyntaxTrivia Create(SyntaxKind kind, string text) => new(default, GreenTrivia.Create(kind, text), 0);

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <inheritdoc/>
    public bool Equals(SyntaxTrivia other) => ReferenceEquals(Node, other.Node) && Position == other.Position && Token == other.Token;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxTrivia t && Equals(t);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Node, Position);

    /// <summary>Equality.</summary>
    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);
}

/// <summary>The leading or trailing trivia of a token.</summary>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
{
    private readonly SyntaxToken _token;
    private readonly GreenNode? _node;
    private readonly int _position;

    internal SyntaxTriviaList(SyntaxToken token, GreenNode? node, int position)
    {
        _token = token;
        _node = node;
        _position = position;
    }

    /// <summary>Number of trivia.</summary>
    public int Count => _node is null ? 0 : _node.IsList ? _node.SlotCount : 1;

    /// <summary>The trivia at <paramref name="index"/>.</summary>
    public SyntaxTrivia this[int index]
    {
        get
        {
            if (_node is null || index < 0 || index >= Count) throw new ArgumentOutOfRangeException(nameof(index));
            if (!_node.IsList) return new SyntaxTrivia(_token, (GreenTrivia)_node, _position);
            int pos = _position;
            for (int i = 0; i < index; i++) pos += _node.GetSlot(i)!.FullWidth;
            return new SyntaxTrivia(_token, (GreenTrivia)_node.GetSlot(index)!, pos);
        }
    }

    /// <summary>The span covered by the list.</summary>
    public TextSpan Span => new(_position, _node?.FullWidth ?? 0);

    /// <inheritdoc/>
    public IEnumerator<SyntaxTrivia> GetEnumerator()
    {
        if (_node is null) yield break;
        if (!_node.IsList)
        {
            yield return new SyntaxTrivia(_token, (GreenTrivia)_node, _position);
            yield break;
        }
        int pos = _position;
        for (int i = 0; i < _node.SlotCount; i++)
        {
            var g = (GreenTrivia)_node.GetSlot(i)!;
            yield return new SyntaxTrivia(_token, g, pos);
            pos += g.FullWidth;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => _node?.ToFullString() ?? string.Empty;

    internal static GreenNode? ToGreen(IEnumerable<SyntaxTrivia> trivia)
    {
        var nodes = trivia.Select(t => (GreenNode)t.Node!).Where(n => n is not null).ToArray();
        return nodes.Length switch { 0 => null, 1 => nodes[0], _ => GreenList.Create(nodes) };
    }
}
