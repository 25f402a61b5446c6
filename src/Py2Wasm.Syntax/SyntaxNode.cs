using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax.InternalSyntax;

namespace Py2Wasm.Syntax;

/// <summary>
/// A node of the red tree: a lazily created facade over a green node that knows its parent and absolute
/// position. Red nodes are created on demand and cached, so navigating a tree allocates only what is visited.
/// </summary>
public abstract partial class SyntaxNode
{
    /// <summary>
    /// The tree of each root node. Only roots have a tree, so it is kept here rather than in a field that every red
    /// node would carry (8 bytes of each node; the binder and the emitter create hundreds of thousands of them).
    /// </summary>
    private static readonly ConditionalWeakTable<SyntaxNode, PythonSyntaxTree> s_trees = new();

    internal SyntaxNode(GreenNode green, SyntaxNode? parent, int position)
    {
        Green = green;
        Parent = parent;
        Position = position;
    }

    internal GreenNode Green { get; }

    /// <summary>The parent node, or null for the root.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>Start of the full span (including leading trivia).</summary>
    public int Position { get; }

    /// <summary>The kind of this node.</summary>
    public SyntaxKind Kind => Green.Kind;

    /// <summary>The span including leading and trailing trivia.</summary>
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    /// <summary>The span without leading and trailing trivia.</summary>
    public TextSpan Span
    {
        get
        {
            int lead = Green.LeadingTriviaWidth;
            return new TextSpan(Position + lead, Math.Max(0, Green.FullWidth - lead - Green.TrailingTriviaWidth));
        }
    }

    /// <summary>Start of <see cref="Span"/>.</summary>
    public int SpanStart => Position + Green.LeadingTriviaWidth;

    /// <summary>True when the parser synthesised this node or some descendant because it was missing.</summary>
    public bool ContainsMissing => Green.ContainsMissing;

    /// <summary>True when this node or a descendant carries diagnostics.</summary>
    public bool ContainsDiagnostics => Green.ContainsDiagnostics;

    /// <summary>The tree this node belongs to (created on demand for nodes built by <see cref="SyntaxFactory"/>).</summary>
    public PythonSyntaxTree SyntaxTree
    {
        get
        {
            var root = this;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }
            if (s_trees.TryGetValue(root, out var tree))
            {
                return tree;
            }
            // CreateForRoot registers the new tree unless another thread registered one first: the first one wins.
            var created = PythonSyntaxTree.CreateForRoot(root);
            return s_trees.TryGetValue(root, out tree) ? tree : created;
        }
    }

    /// <summary>Makes <paramref name="tree"/> the tree of this root node, unless it already has one.</summary>
    internal void SetSyntaxTree(PythonSyntaxTree tree) => s_trees.TryAdd(this, tree);

    /// <summary>The red node of slot <paramref name="index"/>, or null when the slot holds a token or nothing.</summary>
    internal abstract SyntaxNode? GetNodeSlot(int index);

    /// <summary>The red node of slot <paramref name="index"/> if it has been created already.</summary>
    internal abstract SyntaxNode? GetCachedSlot(int index);

    internal int SlotCount => Green.SlotCount;

    /// <summary>Creates (once, thread-safely) and caches the red child at <paramref name="slot"/>.</summary>
    protected T? GetRed<T>(ref T? field, int slot) where T : SyntaxNode
    {
        var result = field;
        if (result is null)
        {
            var green = Green.GetSlot(slot);
            if (green is not null)
            {
                Interlocked.CompareExchange(ref field, (T)green.CreateRed(this, GetChildPosition(slot)), null);
                result = field;
            }
        }
        return result;
    }

    /// <summary>The token at <paramref name="slot"/>, or the default token when the slot is empty.</summary>
    protected SyntaxToken GetToken(int slot)
    {
        var green = Green.GetSlot(slot);
        return green is null ? default : new SyntaxToken(this, (GreenToken)green, GetChildPosition(slot), slot);
    }

    internal virtual int GetChildPosition(int slot) => Position + Green.GetSlotOffset(slot);

    /// <summary>The child nodes and tokens in order; lists are flattened into their elements.</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        for (int i = 0, n = Green.SlotCount; i < n; i++)
        {
            var green = Green.GetSlot(i);
            if (green is null)
            {
                continue;
            }
            if (green.IsToken)
            {
                yield return new SyntaxToken(this, (GreenToken)green, GetChildPosition(i), i);
            }
            else if (green.IsList)
            {
                var list = GetNodeSlot(i)!;
                for (int j = 0; j < green.SlotCount; j++)
                {
                    var item = green.GetSlot(j)!;
                    if (item.IsToken)
                    {
                        yield return new SyntaxToken(this, (GreenToken)item, list.GetChildPosition(j), j);
                    }
                    else
                    {
                        yield return list.GetNodeSlot(j)!;
                    }
                }
            }
            else
            {
                yield return GetNodeSlot(i)!;
            }
        }
    }

    /// <summary>The child nodes in order (lists flattened).</summary>
    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (var child in ChildNodesAndTokens())
        {
            if (child.AsNode() is { } node)
            {
                yield return node;
            }
        }
    }

    /// <summary>All descendant nodes in document order (iterative: safe on deep trees).</summary>
    public IEnumerable<SyntaxNode> DescendantNodes(bool includeSelf = false)
    {
        foreach (var item in DescendantNodesAndTokens(includeSelf))
        {
            if (item.AsNode() is { } node)
            {
                yield return node;
            }
        }
    }

    /// <summary>All descendant tokens in document order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (var item in DescendantNodesAndTokens())
        {
            if (item.IsToken)
            {
                yield return item.AsToken();
            }
        }
    }

    /// <summary>All descendant nodes and tokens in document order (iterative: safe on deep trees).</summary>
    public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokens(bool includeSelf = false)
    {
        if (includeSelf)
        {
            yield return this;
        }
        var stack = new Stack<IEnumerator<SyntaxNodeOrToken>>();
        stack.Push(ChildNodesAndTokens().GetEnumerator());
        while (stack.Count > 0)
        {
            var top = stack.Peek();
            if (!top.MoveNext())
            {
                stack.Pop();
                continue;
            }
            var current = top.Current;
            yield return current;
            if (current.AsNode() is { } node)
            {
                stack.Push(node.ChildNodesAndTokens().GetEnumerator());
            }
        }
    }

    /// <summary>The ancestors of this node, nearest first.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            yield return p;
        }
    }

    /// <summary>The first token of this node (the default token when it has none).</summary>
    public SyntaxToken GetFirstToken()
    {
        foreach (var t in DescendantTokens())
        {
            return t;
        }
        return default;
    }

    /// <summary>The last token of this node (the default token when it has none).</summary>
    public SyntaxToken GetLastToken()
    {
        SyntaxNode node = this;
        while (true)
        {
            SyntaxNodeOrToken? last = null;
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.IsToken || child.AsNode()!.Green.ContainsTokens)
                {
                    last = child;
                }
            }
            if (last is null)
            {
                return default;
            }
            if (last.Value.IsToken)
            {
                return last.Value.AsToken();
            }
            node = last.Value.AsNode()!;
        }
    }

    /// <summary>The token whose full span contains <paramref name="position"/>.</summary>
    public SyntaxToken FindToken(int position)
    {
        SyntaxNode node = this;
        while (true)
        {
            SyntaxNodeOrToken? found = null;
            foreach (var child in node.ChildNodesAndTokens())
            {
                var span = child.FullSpan;
                if (position >= span.Start && (position < span.End || (span.Length == 0 && position == span.Start && child.IsToken)))
                {
                    found = child;
                    break;
                }
            }
            if (found is null)
            {
                return default;
            }
            if (found.Value.IsToken)
            {
                return found.Value.AsToken();
            }
            node = found.Value.AsNode()!;
        }
    }

    /// <summary>The exact source text of this node including trivia.</summary>
    public string ToFullString() => Green.ToFullString();

    /// <summary>The source text of this node without its leading and trailing trivia.</summary>
    public override string ToString() => Green.ToString();

    /// <summary>Diagnostics of this subtree, in source order, with absolute locations.</summary>
    public IEnumerable<Diagnostic> GetDiagnostics() => SyntaxTree.GetDiagnostics(this);

    /// <summary>The location of this node's span.</summary>
    public Location GetLocation() => SyntaxTree.GetLocation(Span);

    /// <summary>Dispatches to the visitor method for this node's class.</summary>
    public abstract TResult? Accept<TResult>(SyntaxVisitor<TResult> visitor);

    /// <summary>Dispatches to the visitor method for this node's class.</summary>
    public abstract void Accept(SyntaxVisitor visitor);

    /// <summary>True when both nodes have the same kind and text structure (green equality or deep comparison).</summary>
    public bool IsEquivalentTo(SyntaxNode? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(Green, other.Green)) return true;
        return Kind == other.Kind && ToFullString() == other.ToFullString();
    }
}

/// <summary>The red node of a list slot; <see cref="SyntaxList{TNode}"/> and friends wrap it.</summary>
internal sealed class SyntaxListNode : SyntaxNode
{
    private SyntaxNode?[]? _children;

    internal SyntaxListNode(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    internal override SyntaxNode? GetNodeSlot(int index)
    {
        var green = Green.GetSlot(index);
        if (green is null || green.IsToken)
        {
            return null;
        }
        var children = _children;
        if (children is null)
        {
            Interlocked.CompareExchange(ref _children, new SyntaxNode?[Green.SlotCount], null);
            children = _children!;
        }
        var existing = children[index];
        if (existing is null)
        {
            // Lists are transparent: an element's parent is the node that owns the list, as in Roslyn.
            Interlocked.CompareExchange(ref children[index], green.CreateRed(Parent, GetChildPosition(index)), null);
            existing = children[index];
        }
        return existing;
    }

    internal override SyntaxNode? GetCachedSlot(int index) => _children?[index];

    private int[]? _offsets;

    internal SyntaxToken GetTokenAt(int index)
    {
        var green = Green.GetSlot(index);
        return green is null ? default : new SyntaxToken(Parent, (GreenToken)green, GetChildPosition(index), index);
    }

    /// <summary>Lists can be long: child offsets are computed once, not summed per access.</summary>
    internal override int GetChildPosition(int slot)
    {
        var offsets = _offsets;
        if (offsets is null)
        {
            offsets = new int[Green.SlotCount];
            int offset = 0;
            for (int i = 0; i < offsets.Length; i++)
            {
                offsets[i] = offset;
                offset += Green.GetSlot(i)?.FullWidth ?? 0;
            }
            _offsets = offsets;
        }
        return Position + offsets[slot];
    }

    /// <summary>Child positions of a list are computed incrementally by callers that walk it in order.</summary>
    public override TResult? Accept<TResult>(SyntaxVisitor<TResult> visitor) where TResult : default => default;

    public override void Accept(SyntaxVisitor visitor)
    {
    }
}
