namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>
/// The growable token array one lexer fills and one parser then reads in place. Unlike a
/// <see cref="List{T}"/>, it hands its backing array to the parser, so a file's tokens are never copied
/// (the copy cost about 1.3 bytes per source byte). It belongs to a pooled <see cref="LexerCache"/> and is
/// reused for the next file once the parser is done with it.
/// </summary>
internal sealed class TokenBuffer
{
    private GreenToken[] _items = new GreenToken[1024];

    /// <summary>The backing array; only the first <see cref="Count"/> entries are tokens of this file.</summary>
    public GreenToken[] Items => _items;

    /// <summary>How many tokens have been added.</summary>
    public int Count { get; private set; }

    /// <summary>The capacity, used to decide whether a pooled cache is worth keeping.</summary>
    public int Capacity => _items.Length;

    public GreenToken this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public void Add(GreenToken token)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[Count++] = token;
    }

    /// <summary>Forgets the tokens (and drops the references, so a pooled buffer keeps no tree alive).</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }

    public GreenToken[] ToArray() => _items.AsSpan(0, Count).ToArray();
}
