using System.Text;

namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>Properties of a green node that are computed once, bottom-up.</summary>
[Flags]
internal enum GreenNodeFlags : byte
{
    None = 0,
    /// <summary>This node or a descendant carries diagnostics.</summary>
    ContainsDiagnostics = 1,
    /// <summary>A token the parser synthesised because it was expected but absent (zero width).</summary>
    IsMissing = 2,
    /// <summary>This node or a descendant is missing.</summary>
    ContainsMissing = 4,
    /// <summary>This node or a descendant has skipped-token trivia.</summary>
    ContainsSkippedText = 8,
    /// <summary>This node itself has diagnostics (kept in a side table, not a field on every node).</summary>
    HasOwnDiagnostics = 16,
    /// <summary>This node is shared through <see cref="GreenNodeCache"/>; it must never be mutated.</summary>
    IsCached = 32,
}

/// <summary>
/// An immutable, parent-less node of the green tree: kind, width and children. Green nodes know no
/// absolute position, so they can be shared between trees and built bottom-up by the parser.
/// </summary>
internal abstract class GreenNode
{
    /// <summary>
    /// Diagnostics are rare, so they live in a side table instead of costing every node a field.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GreenNode, DiagnosticInfo[]> s_diagnostics = new();

    protected GreenNode(SyntaxKind kind)
    {
        Kind = kind;
    }

    protected GreenNode(SyntaxKind kind, int fullWidth)
    {
        Kind = kind;
        FullWidth = fullWidth;
    }

    public SyntaxKind Kind { get; }

    public int FullWidth { get; protected set; }

    public GreenNodeFlags Flags { get; protected set; }

    /// <summary>
    /// For the generated sparse forms: bit <c>i</c> is set when slot <c>i</c> is present; for tokens: which sides
    /// have trivia (see <see cref="GreenToken"/>). It sits in the padding after <see cref="Kind"/> and
    /// <see cref="Flags"/>, so it costs no node any memory.
    /// </summary>
    private protected byte SparseMask;

    /// <summary>Where a sparse form stores slot <paramref name="index"/>: its rank among the present slots, or -1.</summary>
    private protected int SparseIndex(int index) =>
        (uint)index < 8 && ((SparseMask >> index) & 1) != 0
            ? System.Numerics.BitOperations.PopCount((uint)SparseMask & ((1u << index) - 1))
            : -1;

    public abstract int SlotCount { get; }

    public abstract GreenNode? GetSlot(int index);

    public virtual bool IsToken => false;

    public virtual bool IsTrivia => false;

    public virtual bool IsList => false;

    public bool IsMissing => (Flags & GreenNodeFlags.IsMissing) != 0;

    public bool ContainsDiagnostics => (Flags & GreenNodeFlags.ContainsDiagnostics) != 0;

    public bool ContainsMissing => (Flags & (GreenNodeFlags.ContainsMissing | GreenNodeFlags.IsMissing)) != 0;

    /// <summary>Diagnostics attached to this node itself (not its descendants).</summary>
    public DiagnosticInfo[] GetDiagnostics() =>
        (Flags & GreenNodeFlags.HasOwnDiagnostics) != 0 && s_diagnostics.TryGetValue(this, out var d) ? d : Array.Empty<DiagnosticInfo>();

    /// <summary>Attaches diagnostics; only the parser calls this, before the node is shared.</summary>
    internal GreenNode AddDiagnostics(params DiagnosticInfo[] diagnostics)
    {
        if (diagnostics.Length == 0)
        {
            return this;
        }
        if ((Flags & GreenNodeFlags.IsCached) != 0)
        {
            throw new InvalidOperationException("A cached green node is shared and cannot take diagnostics.");
        }
        var existing = GetDiagnostics();
        if (existing.Length > 0)
        {
            var merged = new DiagnosticInfo[existing.Length + diagnostics.Length];
            existing.CopyTo(merged, 0);
            diagnostics.CopyTo(merged, existing.Length);
            diagnostics = merged;
        }
        s_diagnostics.AddOrUpdate(this, diagnostics);
        Flags |= GreenNodeFlags.ContainsDiagnostics | GreenNodeFlags.HasOwnDiagnostics;
        return this;
    }

    /// <summary>Marks a node as shared by the node cache (it may no longer take diagnostics).</summary>
    internal void MarkCached() => Flags |= GreenNodeFlags.IsCached;

    /// <summary>Folds a child's width and flags into this node; called from constructors.</summary>
    protected void AdjustFlagsAndWidth(GreenNode? child)
    {
        if (child is null)
        {
            return;
        }
        FullWidth += child.FullWidth;
        var f = child.Flags & ~(GreenNodeFlags.HasOwnDiagnostics | GreenNodeFlags.IsCached);
        if ((f & GreenNodeFlags.IsMissing) != 0)
        {
            f = (f & ~GreenNodeFlags.IsMissing) | GreenNodeFlags.ContainsMissing;
        }
        Flags |= f;
    }

    public virtual int LeadingTriviaWidth
    {
        get
        {
            var first = GetFirstTerminal();
            return first is null ? 0 : first.LeadingTriviaWidth;
        }
    }

    public virtual int TrailingTriviaWidth
    {
        get
        {
            var last = GetLastTerminal();
            return last is null ? 0 : last.TrailingTriviaWidth;
        }
    }

    public int Width => FullWidth - LeadingTriviaWidth - TrailingTriviaWidth;

    /// <summary>The first token of this subtree (null when it has none).</summary>
    public GreenNode? GetFirstTerminal()
    {
        GreenNode? node = this;
        while (node is not null && !node.IsToken && !node.IsTrivia)
        {
            GreenNode? first = null;
            for (int i = 0, n = node.SlotCount; i < n; i++)
            {
                if (node.GetSlot(i) is { } child && (child.IsToken || child.FullWidth > 0 || child.ContainsTokens))
                {
                    first = child;
                    break;
                }
            }
            node = first;
        }
        return node;
    }

    /// <summary>The last token of this subtree (null when it has none).</summary>
    public GreenNode? GetLastTerminal()
    {
        GreenNode? node = this;
        while (node is not null && !node.IsToken && !node.IsTrivia)
        {
            GreenNode? last = null;
            for (int i = node.SlotCount - 1; i >= 0; i--)
            {
                if (node.GetSlot(i) is { } child && (child.IsToken || child.FullWidth > 0 || child.ContainsTokens))
                {
                    last = child;
                    break;
                }
            }
            node = last;
        }
        return node;
    }

    /// <summary>True when the subtree has at least one token (possibly zero-width).</summary>
    public bool ContainsTokens => IsToken || FullWidth > 0 || (Flags & GreenNodeFlags.ContainsMissing) != 0 || HasZeroWidthToken();

    private bool HasZeroWidthToken()
    {
        for (int i = 0, n = SlotCount; i < n; i++)
        {
            if (GetSlot(i) is { } child && child.ContainsTokens)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Offset of slot <paramref name="index"/> from the start of this node's full span.</summary>
    public int GetSlotOffset(int index)
    {
        int offset = 0;
        for (int i = 0; i < index; i++)
        {
            offset += GetSlot(i)?.FullWidth ?? 0;
        }
        return offset;
    }

    /// <summary>Appends the exact source text of this subtree, iteratively (deep trees must not overflow the stack).</summary>
    public void WriteTo(StringBuilder builder)
    {
        if (IsToken || IsTrivia)
        {
            WriteTerminalTo(builder);
            return;
        }
        var stack = new Stack<GreenNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.IsToken || node.IsTrivia)
            {
                node.WriteTerminalTo(builder);
                continue;
            }
            for (int i = node.SlotCount - 1; i >= 0; i--)
            {
                if (node.GetSlot(i) is { FullWidth: > 0 } child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>Tokens and trivia write their own text.</summary>
    protected virtual void WriteTerminalTo(StringBuilder builder) =>
        throw new InvalidOperationException("Not a terminal.");

    public string ToFullString()
    {
        var sb = new StringBuilder(FullWidth);
        WriteTo(sb);
        return sb.ToString();
    }

    public override string ToString()
    {
        var full = ToFullString();
        int lead = LeadingTriviaWidth;
        return full.Substring(lead, Math.Max(0, full.Length - lead - TrailingTriviaWidth));
    }

    /// <summary>Creates the red node for this green node.</summary>
    public abstract SyntaxNode CreateRed(SyntaxNode? parent, int position);
}

/// <summary>
/// Collects the present children of a node being built (at most four are kept) and their slot mask, for the
/// generated factory that picks a sparse green form.
/// </summary>
internal struct SparseSlots
{
    public GreenNode? Child0;
    public GreenNode? Child1;
    public GreenNode? Child2;
    public GreenNode? Child3;
    public byte Mask;
    public int Count;

    public void Add(GreenNode? child, int slot)
    {
        if (child is null)
        {
            return;
        }
        switch (Count)
        {
            case 0: Child0 = child; break;
            case 1: Child1 = child; break;
            case 2: Child2 = child; break;
            case 3: Child3 = child; break;
        }
        Count++;
        Mask |= (byte)(1 << slot);
    }
}
