using System.Collections;
using Py2Wasm.Syntax.InternalSyntax;

namespace Py2Wasm.Syntax;

/// <summary>A list of nodes of one type.</summary>
public readonly struct SyntaxList<TNode> : IReadOnlyList<TNode> where TNode : SyntaxNode
{
    internal SyntaxList(SyntaxNode? node)
    {
        Node = node;
    }

    /// <summary>The underlying list node (null when empty).</summary>
    internal SyntaxNode? Node { get; }

    /// <summary>Number of elements.</summary>
    public int Count => Node is null ? 0 : Node.Green.IsList ? Node.SlotCount : 1;

    /// <summary>The element at <paramref name="index"/>.</summary>
    public TNode this[int index]
    {
        get
        {
            if (Node is null || (uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            // A list of one element is stored as the element itself (no list node).
            return (TNode)(Node.Green.IsList ? Node.GetNodeSlot(index)! : Node);
        }
    }

    /// <summary>The full span of the list, or null when empty.</summary>
    public Microsoft.CodeAnalysis.Text.TextSpan? FullSpan => Node?.FullSpan;

    /// <summary>Enumerates the elements without allocating (a struct enumerator, as Roslyn's lists have).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<TNode> IEnumerable<TNode>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The enumerator of a <see cref="SyntaxList{TNode}"/>.</summary>
    public struct Enumerator : IEnumerator<TNode>
    {
        private readonly SyntaxList<TNode> _list;
        private int _index;

        internal Enumerator(SyntaxList<TNode> list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc/>
        public TNode Current => _list[_index];

        object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _list.Count;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }

    internal GreenNode? Green => Node?.Green;

    /// <summary>Creates a detached list.</summary>
    public static SyntaxList<TNode> Create(IEnumerable<TNode> nodes)
    {
        var greens = nodes.Select(n => n.Green).ToArray();
        return greens.Length == 0 ? default : new SyntaxList<TNode>(GreenList.Create(greens).CreateRed(null, 0));
    }

    /// <inheritdoc/>
    public override string ToString() => Node?.ToString() ?? string.Empty;
}

/// <summary>A list of nodes separated by tokens (commas, dots, ';', '|'); a trailing separator is allowed.</summary>
public readonly struct SeparatedSyntaxList<TNode> : IReadOnlyList<TNode> where TNode : SyntaxNode
{
    internal SeparatedSyntaxList(SyntaxNode? node)
    {
        Node = node;
    }

    internal SyntaxNode? Node { get; }

    private int SlotCount => Node is null ? 0 : Node.Green.IsList ? Node.SlotCount : 1;

    /// <summary>Number of elements (separators not counted).</summary>
    public int Count => (SlotCount + 1) / 2;

    /// <summary>Number of separators.</summary>
    public int SeparatorCount => SlotCount / 2;

    /// <summary>True when the list ends with a separator.</summary>
    public bool HasTrailingSeparator => SlotCount > 0 && SlotCount % 2 == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    public TNode this[int index]
    {
        get
        {
            if (Node is null || (uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return (TNode)(Node.Green.IsList ? Node.GetNodeSlot(index * 2)! : Node);
        }
    }

    /// <summary>The separator after element <paramref name="index"/>.</summary>
    public SyntaxToken GetSeparator(int index) => ((SyntaxListNode)Node!).GetTokenAt(index * 2 + 1);

    /// <summary>The separators in order.</summary>
    public IEnumerable<SyntaxToken> GetSeparators()
    {
        for (int i = 0; i < SeparatorCount; i++)
        {
            yield return GetSeparator(i);
        }
    }

    /// <summary>Elements and separators in order.</summary>
    public IEnumerable<SyntaxNodeOrToken> GetWithSeparators()
    {
        if (Node is not null && !Node.Green.IsList)
        {
            yield return Node;
            yield break;
        }
        for (int i = 0; i < SlotCount; i++)
        {
            if (i % 2 == 0) yield return Node!.GetNodeSlot(i)!;
            else yield return ((SyntaxListNode)Node!).GetTokenAt(i);
        }
    }

    /// <summary>Enumerates the elements without allocating (a struct enumerator, as Roslyn's lists have).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<TNode> IEnumerable<TNode>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The enumerator of a <see cref="SeparatedSyntaxList{TNode}"/>.</summary>
    public struct Enumerator : IEnumerator<TNode>
    {
        private readonly SeparatedSyntaxList<TNode> _list;
        private int _index;

        internal Enumerator(SeparatedSyntaxList<TNode> list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc/>
        public TNode Current => _list[_index];

        object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _list.Count;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }

    internal GreenNode? Green => Node?.Green;

    /// <summary>Creates a detached list from elements and separators in order.</summary>
    public static SeparatedSyntaxList<TNode> Create(IEnumerable<SyntaxNodeOrToken> nodesAndSeparators)
    {
        var greens = nodesAndSeparators.Select(n => n.IsToken ? (GreenNode)n.AsToken().Node! : n.AsNode()!.Green).ToArray();
        return greens.Length == 0 ? default : new SeparatedSyntaxList<TNode>(GreenList.Create(greens).CreateRed(null, 0));
    }

    /// <inheritdoc/>
    public override string ToString() => Node?.ToString() ?? string.Empty;
}

/// <summary>A list of tokens.</summary>
public readonly struct SyntaxTokenList : IReadOnlyList<SyntaxToken>
{
    internal SyntaxTokenList(SyntaxNode? node)
    {
        Node = node;
    }

    internal SyntaxNode? Node { get; }

    /// <summary>Number of tokens.</summary>
    public int Count => Node?.SlotCount ?? 0;

    /// <summary>The token at <paramref name="index"/>.</summary>
    public SyntaxToken this[int index] => ((SyntaxListNode)Node!).GetTokenAt(index);

    /// <summary>Enumerates the elements without allocating (a struct enumerator, as Roslyn's lists have).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<SyntaxToken> IEnumerable<SyntaxToken>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The enumerator of a <see cref="SyntaxTokenList"/>.</summary>
    public struct Enumerator : IEnumerator<SyntaxToken>
    {
        private readonly SyntaxTokenList _list;
        private int _index;

        internal Enumerator(SyntaxTokenList list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc/>
        public SyntaxToken Current => _list[_index];

        object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _list.Count;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }

    internal GreenNode? Green => Node?.Green;

    /// <summary>Creates a detached token list.</summary>
    public static SyntaxTokenList Create(IEnumerable<SyntaxToken> tokens)
    {
        var greens = tokens.Select(t => (GreenNode)t.Node!).ToArray();
        return greens.Length == 0 ? default : new SyntaxTokenList(GreenList.Create(greens).CreateRed(null, 0));
    }
}
