namespace Py2Wasm.Syntax;

/// <summary>How far a <see cref="SyntaxWalker"/> descends.</summary>
public enum SyntaxWalkerDepth
{
    /// <summary>Nodes only.</summary>
    Node,
    /// <summary>Nodes and tokens.</summary>
    Token,
    /// <summary>Nodes, tokens and trivia.</summary>
    Trivia,
}

/// <summary>Visits every node (and optionally token and trivia) in document order.</summary>
public abstract class SyntaxWalker : SyntaxVisitor
{
    /// <summary>Creates a walker.</summary>
    protected SyntaxWalker(SyntaxWalkerDepth depth = SyntaxWalkerDepth.Node)
    {
        Depth = depth;
    }

    /// <summary>How far this walker descends.</summary>
    protected SyntaxWalkerDepth Depth { get; }

    /// <inheritdoc/>
    public override void Visit(SyntaxNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (StackGuard.HasSufficientStack)
        {
            node.Accept(this);
        }
        else
        {
            StackGuard.RunOnLargeStack(static n => n.Node.Accept(n.Walker), (Node: node, Walker: this));
        }
    }

    /// <summary>Visits the children of <paramref name="node"/>.</summary>
    public override void DefaultVisit(SyntaxNode node)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } n)
            {
                Visit(n);
            }
            else if (Depth >= SyntaxWalkerDepth.Token)
            {
                VisitToken(child.AsToken());
            }
        }
    }

    /// <summary>Visits a token (and its trivia at <see cref="SyntaxWalkerDepth.Trivia"/>).</summary>
    public virtual void VisitToken(SyntaxToken token)
    {
        if (Depth >= SyntaxWalkerDepth.Trivia)
        {
            foreach (var t in token.LeadingTrivia)
            {
                VisitTrivia(t);
            }
            foreach (var t in token.TrailingTrivia)
            {
                VisitTrivia(t);
            }
        }
    }

    /// <summary>Visits a trivia.</summary>
    public virtual void VisitTrivia(SyntaxTrivia trivia)
    {
    }
}

/// <summary>Hand-written part of the rewriter: tokens, lists and the stack guard.</summary>
public abstract partial class SyntaxRewriter
{
    /// <inheritdoc/>
    public override SyntaxNode? Visit(SyntaxNode? node)
    {
        if (node is null)
        {
            return null;
        }
        return StackGuard.HasSufficientStack ? node.Accept(this) : StackGuard.RunOnLargeStack(static n => n.Node.Accept(n.Rewriter), (Node: node, Rewriter: this));
    }

    /// <summary>Rewrites a token; returns it unchanged by default.</summary>
    public virtual SyntaxToken VisitToken(SyntaxToken token) => token;

    /// <summary>Rewrites each element of a list.</summary>
    public virtual SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list) where TNode : SyntaxNode
    {
        List<TNode>? changed = null;
        for (int i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var visited = (TNode?)Visit(item);
            if (changed is null && !ReferenceEquals(item, visited))
            {
                changed = new List<TNode>(list.Take(i));
            }
            if (changed is not null && visited is not null)
            {
                changed.Add(visited);
            }
        }
        return changed is null ? list : SyntaxList<TNode>.Create(changed);
    }

    /// <summary>Rewrites each element and separator of a separated list.</summary>
    public virtual SeparatedSyntaxList<TNode> VisitList<TNode>(SeparatedSyntaxList<TNode> list) where TNode : SyntaxNode
    {
        bool any = false;
        var items = new List<SyntaxNodeOrToken>();
        foreach (var item in list.GetWithSeparators())
        {
            if (item.AsNode() is { } n)
            {
                var v = Visit(n);
                any |= !ReferenceEquals(v, n);
                if (v is not null) items.Add(v);
            }
            else
            {
                var t = VisitToken(item.AsToken());
                any |= t != item.AsToken();
                items.Add(t);
            }
        }
        return any ? SeparatedSyntaxList<TNode>.Create(items) : list;
    }

    /// <summary>Rewrites each token of a token list.</summary>
    public virtual SyntaxTokenList VisitList(SyntaxTokenList list)
    {
        bool any = false;
        var items = new List<SyntaxToken>();
        foreach (var t in list)
        {
            var v = VisitToken(t);
            any |= v != t;
            items.Add(v);
        }
        return any ? SyntaxTokenList.Create(items) : list;
    }
}
