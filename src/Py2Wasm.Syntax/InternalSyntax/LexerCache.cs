using System.Runtime.CompilerServices;

namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>
/// Per-lexer caches that keep allocation low: interned identifier texts (looked up by character span, with their
/// keyword kind), shared whitespace trivia, short trivia lists and tokens without diagnostics. Every cached
/// object is immutable and carries no diagnostics, so sharing it between positions is safe.
/// </summary>
internal sealed class LexerCache
{
    private const int TokenCacheSize = 16384;
    private const int ListCacheSize = 4096;

    private static readonly GreenTrivia[] s_spaces = CreateSpaces();
    private static readonly GreenTrivia s_lineFeed = Shared(GreenTrivia.Create(SyntaxKind.EndOfLineTrivia, "\n"));
    private static readonly GreenTrivia s_crlf = Shared(GreenTrivia.Create(SyntaxKind.EndOfLineTrivia, "\r\n"));
    private static readonly GreenTrivia s_carriageReturn = Shared(GreenTrivia.Create(SyntaxKind.EndOfLineTrivia, "\r"));
    private static readonly GreenTrivia s_continuationLf = Shared(GreenTrivia.Create(SyntaxKind.LineContinuationTrivia, "\\\n"));
    private static readonly GreenTrivia s_continuationCrLf = Shared(GreenTrivia.Create(SyntaxKind.LineContinuationTrivia, "\\\r\n"));
    private static readonly GreenTrivia s_continuationCr = Shared(GreenTrivia.Create(SyntaxKind.LineContinuationTrivia, "\\\r"));
    private static readonly GreenToken s_indent = Shared(GreenToken.Create(SyntaxKind.IndentToken, string.Empty));
    private static readonly GreenToken s_dedent = Shared(GreenToken.Create(SyntaxKind.DedentToken, string.Empty));
    private static readonly GreenToken s_emptyNewLine = Shared(GreenToken.Create(SyntaxKind.NewLineToken, string.Empty));

    public static readonly GreenTrivia ByteOrderMark = Shared(GreenTrivia.Create(SyntaxKind.ByteOrderMarkTrivia, "\uFEFF"));

    /// <summary>Above this many interned strings a returned cache is dropped rather than kept for reuse.</summary>
    private const int MaxRetainedStrings = 1 << 17;
    private const int MaxRetainedTokenBuffer = 1 << 20;

    /// <summary>
    /// Free caches shared by all threads (the parser runs each file on a fresh large-stack thread, so a
    /// thread-static cache would never be reused). A handful of slots, taken and returned lock-free.
    /// </summary>
    private static readonly LexerCache?[] s_pool = new LexerCache?[Math.Max(4, Environment.ProcessorCount * 2)];

    /// <summary>
    /// The caches only hold immutable, diagnostic-free objects, so one instance can serve every lexer in turn;
    /// reusing it saves allocating the tables for each (often small) file.
    /// </summary>
    public static LexerCache Rent()
    {
        for (int i = 0; i < s_pool.Length; i++)
        {
            var cache = Interlocked.Exchange(ref s_pool[i], null);
            if (cache is not null)
            {
                return cache;
            }
        }
        return new LexerCache();
    }

    public static void Return(LexerCache cache)
    {
        cache.TokenBuffer.Clear();
        if (cache._strings.Count > MaxRetainedStrings || cache.TokenBuffer.Capacity > MaxRetainedTokenBuffer)
        {
            return;
        }
        for (int i = 0; i < s_pool.Length; i++)
        {
            if (Interlocked.CompareExchange(ref s_pool[i], cache, null) is null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The parser's scratch lists for building node lists, kept with the cache so their grown arrays serve the
    /// next file too (a fresh pool per file cost about a quarter of a byte per source byte in list growth).
    /// </summary>
    public Stack<List<GreenNode>> NodeListPool { get; } = new();

    /// <summary>A reusable buffer for the tokens of one file.</summary>
    public TokenBuffer TokenBuffer { get; } = new();

    private readonly LexerStringTable _strings = new();
    private readonly Dictionary<string, GreenTrivia> _otherWhitespace = new(ReferenceEqualityComparer.Instance);
    private readonly GreenToken?[] _tokens = new GreenToken?[TokenCacheSize];
    private readonly GreenList?[] _lists = new GreenList?[ListCacheSize];

    private static GreenTrivia[] CreateSpaces()
    {
        var result = new GreenTrivia[33];
        for (int i = 1; i < result.Length; i++)
        {
            result[i] = Shared(GreenTrivia.Create(SyntaxKind.WhitespaceTrivia, new string(' ', i)));
        }
        return result;
    }

    /// <summary>
    /// Marks a token, trivia or trivia list as shared (<see cref="GreenNodeFlags.IsCached"/>). Only shared objects
    /// can recur as children, so <see cref="GreenNodeCache"/> and the tables here look up and hash nothing else:
    /// hashing a fresh object by identity is slow (the runtime installs a hash code in its header), and a
    /// node with a fresh child can never be found anyway.
    /// </summary>
    private static T Shared<T>(T node) where T : GreenNode
    {
        node.MarkCached();
        return node;
    }

    private static bool IsShared(GreenNode? node) => node is null || (node.Flags & GreenNodeFlags.IsCached) != 0;

    private static bool AllShared(List<GreenNode> items)
    {
        foreach (var item in items)
        {
            if (!IsShared(item)) return false;
        }
        return true;
    }

    /// <summary>Interns <paramref name="span"/>, returning its keyword kind (or IdentifierToken).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Intern(ReadOnlySpan<char> span, out SyntaxKind kind) => _strings.Intern(span, out kind);

    /// <summary>Whitespace trivia for text[start..start+length], shared for repeated texts.</summary>
    public GreenTrivia Whitespace(string text, int start, int length)
    {
        if (length < s_spaces.Length)
        {
            var span = text.AsSpan(start, length);
            if (!span.ContainsAnyExcept(' '))
            {
                return s_spaces[length];
            }
        }
        var interned = _strings.Intern(text.AsSpan(start, length), out _);
        if (!_otherWhitespace.TryGetValue(interned, out var trivia))
        {
            trivia = Shared(GreenTrivia.Create(SyntaxKind.WhitespaceTrivia, interned));
            _otherWhitespace.Add(interned, trivia);
        }
        return trivia;
    }

    public static GreenTrivia EndOfLine(string text, int position, int width) =>
        width == 2 ? s_crlf : (text[position] == '\n' ? s_lineFeed : s_carriageReturn);

    /// <summary>A backslash at <paramref name="position"/> followed by a line break of <paramref name="breakWidth"/>.</summary>
    public static GreenTrivia Continuation(string text, int position, int breakWidth) =>
        breakWidth == 2 ? s_continuationCrLf : (text[position + 1] == '\n' ? s_continuationLf : s_continuationCr);

    public static GreenToken ZeroWidth(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IndentToken => s_indent,
        SyntaxKind.DedentToken => s_dedent,
        SyntaxKind.NewLineToken => s_emptyNewLine,
        _ => GreenToken.Create(kind, string.Empty),
    };

    /// <summary>The trivia node for <paramref name="items"/>: null, the single trivia, or a (shared) list.</summary>
    public GreenNode? TriviaList(List<GreenNode> items)
    {
        switch (items.Count)
        {
            case 0:
                return null;
            case 1:
                return items[0];
            case 2:
            case 3:
            {
                if (!AllShared(items))
                {
                    // A comment (or other one-off trivia) inside: such a list never recurs, so skip the table.
                    return GreenList.Create(items);
                }
                int h = RuntimeHelpers.GetHashCode(items[0]);
                for (int i = 1; i < items.Count; i++)
                {
                    h = (h * 31) + RuntimeHelpers.GetHashCode(items[i]);
                }
                int slot = (h ^ (h >> 13)) & (ListCacheSize - 1);
                var cached = _lists[slot];
                if (cached is not null && cached.SlotCount == items.Count)
                {
                    bool same = true;
                    for (int i = 0; i < items.Count; i++)
                    {
                        if (!ReferenceEquals(cached.GetSlot(i), items[i]))
                        {
                            same = false;
                            break;
                        }
                    }
                    if (same)
                    {
                        return cached;
                    }
                }
                var list = Shared(GreenList.Create(items));
                _lists[slot] = list;
                return list;
            }
            default:
                return GreenList.Create(items);
        }
    }

    /// <summary>A token without diagnostics, shared when the same kind, text and trivia instances recur.</summary>
    public GreenToken Token(SyntaxKind kind, string text, GreenNode? leading, GreenNode? trailing)
    {
        if (!IsShared(leading) || !IsShared(trailing))
        {
            // Trivia seen once (a comment) makes the token unique: not worth a table slot or hashing it.
            return GreenToken.Create(kind, text, leading, trailing);
        }
        int h = (RuntimeHelpers.GetHashCode(text) * 31) + (int)kind;
        h = (h * 31) + (leading is null ? 0 : RuntimeHelpers.GetHashCode(leading));
        h = (h * 31) + (trailing is null ? 0 : RuntimeHelpers.GetHashCode(trailing));
        int slot = (h ^ (h >> 15)) & (TokenCacheSize - 1);
        var cached = _tokens[slot];
        if (cached is not null && cached.Kind == kind && ReferenceEquals(cached.Text, text) &&
            ReferenceEquals(cached.LeadingTrivia, leading) && ReferenceEquals(cached.TrailingTrivia, trailing))
        {
            return cached;
        }
        var token = Shared(GreenToken.Create(kind, text, leading, trailing));
        _tokens[slot] = token;
        return token;
    }
}

/// <summary>
/// An open-addressing string table keyed by character span, so repeated identifiers (and other short texts)
/// are materialised as strings once per lexer. Each entry remembers the hard keyword kind of its text.
/// </summary>
internal sealed class LexerStringTable
{
    private struct Entry
    {
        public string? Text;
        public int Hash;
        public SyntaxKind Kind;
    }

    private Entry[] _entries = new Entry[1024];
    private int _count;

    public int Count => _count;

    public string Intern(ReadOnlySpan<char> span, out SyntaxKind kind)
    {
        int hash = Hash(span);
        int mask = _entries.Length - 1;
        int index = hash & mask;
        while (true)
        {
            ref var entry = ref _entries[index];
            if (entry.Text is null)
            {
                break;
            }
            if (entry.Hash == hash && span.SequenceEqual(entry.Text))
            {
                kind = entry.Kind;
                return entry.Text;
            }
            index = (index + 1) & mask;
        }

        string text = span.ToString();
        kind = SyntaxFacts.GetKeywordKind(text);
        if (kind == SyntaxKind.None)
        {
            kind = SyntaxKind.IdentifierToken;
        }
        _entries[index] = new Entry { Text = text, Hash = hash, Kind = kind };
        if (++_count * 2 > _entries.Length)
        {
            Grow();
        }
        return text;
    }

    private static int Hash(ReadOnlySpan<char> span)
    {
        uint h = 2166136261;
        foreach (char c in span)
        {
            h = (h ^ c) * 16777619;
        }
        return (int)(h ^ (h >> 16));
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        int mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Text is null)
            {
                continue;
            }
            int index = entry.Hash & mask;
            while (_entries[index].Text is not null)
            {
                index = (index + 1) & mask;
            }
            _entries[index] = entry;
        }
    }
}
