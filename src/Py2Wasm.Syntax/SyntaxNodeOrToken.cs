using Microsoft.CodeAnalysis.Text;

namespace Py2Wasm.Syntax;

/// <summary>Either a node or a token.</summary>
public readonly struct SyntaxNodeOrToken
{
    private readonly SyntaxNode? _node;
    private readonly SyntaxToken _token;

    private SyntaxNodeOrToken(SyntaxNode? node, SyntaxToken token)
    {
        _node = node;
        _token = token;
    }

    /// <summary>True when this holds a token.</summary>
    public bool IsToken => _node is null;

    /// <summary>True when this holds a node.</summary>
    public bool IsNode => _node is not null;

    /// <summary>The node, or null.</summary>
    public SyntaxNode? AsNode() => _node;

    /// <summary>The token, or the default token.</summary>
    public SyntaxToken AsToken() => _token;

    /// <summary>The kind of the node or token.</summary>
    public SyntaxKind Kind => _node?.Kind ?? _token.Kind;

    /// <summary>The full span.</summary>
    public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;

    /// <summary>The span without trivia.</summary>
    public TextSpan Span => _node?.Span ?? _token.Span;

    /// <summary>Wraps a node.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxNode node) => new(node, default);

    /// <summary>Wraps a token.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxToken token) => new(null, token);

    /// <inheritdoc/>
    public override string ToString() => _node?.ToString() ?? _token.ToString();

    /// <summary>The text including trivia.</summary>
    public string ToFullString() => _node?.ToFullString() ?? _token.ToFullString();
}
