using System.Runtime.CompilerServices;

namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>
/// Shares identical small green nodes (same kind, same child instances), as Roslyn's node cache does: names,
/// literals, <c>self.x</c>, <c>a + 1</c> recur thousands of times in a file and need to exist only once. Green nodes
/// are immutable and position-free, so sharing is invisible to users. The table is a fixed array of references:
/// reads and writes are atomic, so it needs no lock; a lost race only costs a cache miss.
/// Nodes that carry diagnostics, or have children that do, are never cached.
/// </summary>
internal static class GreenNodeCache
{
    private const int Bits = 17;
    private const int Mask = (1 << Bits) - 1;
    private static readonly GreenNode?[] s_entries = new GreenNode?[1 << Bits];

    /// <summary>
    /// Only a shared child (a cached node, or a token or trivia list shared by the lexer's tables) can recur, so a
    /// node with any other child is neither looked up nor cached. That also spares hashing fresh objects by
    /// identity, which is slow the first time (the runtime installs a hash code in the object header). Shared
    /// objects never carry diagnostics.
    /// </summary>
    private static bool IsCacheable(GreenNode? child) => child is null || (child.Flags & GreenNodeFlags.IsCached) != 0;

    private static int Hash(SyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d)
    {
        int h = (int)kind * 31;
        if (a is not null) h = (h ^ RuntimeHelpers.GetHashCode(a)) * 16777619;
        if (b is not null) h = (h ^ RuntimeHelpers.GetHashCode(b)) * 16777619;
        if (c is not null) h = (h ^ RuntimeHelpers.GetHashCode(c)) * 16777619;
        if (d is not null) h = (h ^ RuntimeHelpers.GetHashCode(d)) * 16777619;
        return h ^ (h >> 15);
    }

    /// <summary>Finds a cached node with up to three children (see the four-child overload).</summary>
    public static GreenNode? TryGet(SyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, int slotCount, out int hash) =>
        TryGet(kind, a, b, c, null, slotCount, out hash);

    /// <summary>Finds a cached node with up to four children; returns the hash to pass to Add (-1: uncacheable).</summary>
    public static GreenNode? TryGet(SyntaxKind kind, GreenNode? a, GreenNode? b, GreenNode? c, GreenNode? d, int slotCount, out int hash)
    {
        if (!IsCacheable(a) || !IsCacheable(b) || !IsCacheable(c) || !IsCacheable(d))
        {
            hash = -1;
            return null;
        }
        hash = Hash(kind, a, b, c, d) & Mask;
        var entry = s_entries[hash];
        if (entry is not null && entry.Kind == kind && entry.SlotCount == slotCount &&
            ReferenceEquals(entry.GetSlot(0), a) &&
            (slotCount < 2 || ReferenceEquals(entry.GetSlot(1), b)) &&
            (slotCount < 3 || ReferenceEquals(entry.GetSlot(2), c)) &&
            (slotCount < 4 || ReferenceEquals(entry.GetSlot(3), d)))
        {
            return entry;
        }
        return null;
    }

    /// <summary>A list of two to four children, shared when an identical one exists (e.g. <c>self, x</c> arguments).</summary>
    public static GreenNode List(List<GreenNode> children)
    {
        int n = children.Count;
        if (n >= 2 && n <= 4)
        {
            var found = TryGet(SyntaxKind.List, children[0], children[1], n > 2 ? children[2] : null, n > 3 ? children[3] : null, n, out int hash);
            if (found is not null)
            {
                return found;
            }
            return Add(hash, GreenList.Create(children));
        }
        return GreenList.Create(children);
    }

    /// <summary>Publishes a new node under <paramref name="hash"/> (from a TryGet call).</summary>
    public static T Add<T>(int hash, T node) where T : GreenNode
    {
        if (hash >= 0)
        {
            node.MarkCached();
            s_entries[hash] = node;
        }
        return node;
    }
}
