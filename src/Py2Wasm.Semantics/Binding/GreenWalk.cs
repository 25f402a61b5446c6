using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax;
using GreenNode = Py2Wasm.Syntax.InternalSyntax.GreenNode;

namespace Py2Wasm.Semantics;

/// <summary>
/// Helpers for the binding passes that walk green nodes: a green node knows no position, so the walkers carry
/// the absolute position of each node (its full start) and compute children's positions from the widths. Red
/// nodes are created only where a pass needs one (a scope's node, a declaration), by <see cref="FindRed"/>.
/// </summary>
internal static class GreenWalk
{
    /// <summary>The full start of slot <paramref name="slot"/> of <paramref name="node"/>, which starts at <paramref name="position"/>.</summary>
    public static int SlotPosition(GreenNode node, int position, int slot)
    {
        for (int i = 0; i < slot; i++)
        {
            position += node.GetSlot(i)?.FullWidth ?? 0;
        }
        return position;
    }

    /// <summary>The span (without trivia) of <paramref name="node"/> at full start <paramref name="position"/>, as the red node's Span.</summary>
    public static TextSpan Span(GreenNode node, int position)
    {
        int lead = node.LeadingTriviaWidth;
        return new TextSpan(position + lead, Math.Max(0, node.FullWidth - lead - node.TrailingTriviaWidth));
    }

    /// <summary>
    /// The red node for <paramref name="target"/> at full start <paramref name="position"/> inside <paramref name="root"/>:
    /// descends from <paramref name="root"/> through the one child whose full span holds the target's (the target is
    /// never zero-width: every node the walkers ask for has a keyword or an operator), so only the spine is created.
    /// </summary>
    public static SyntaxNode FindRed(SyntaxNode root, GreenNode target, int position)
    {
        var node = root;
        int end = position + target.FullWidth;
        while (!(ReferenceEquals(node.Green, target) && node.Position == position))
        {
            var green = node.Green;
            int p = node.Position;
            SyntaxNode? next = null;
            for (int i = 0, n = green.SlotCount; i < n; i++)
            {
                var child = green.GetSlot(i);
                if (child is null)
                {
                    continue;
                }
                int childEnd = p + child.FullWidth;
                if (!child.IsToken && position >= p && end <= childEnd && (child.FullWidth > 0 || ReferenceEquals(child, target)))
                {
                    next = node.GetNodeSlot(i);
                    break;
                }
                p = childEnd;
            }
            node = next ?? throw new InvalidOperationException($"no red node for {target.Kind} at {position} under {root.Kind}");
        }
        return node;
    }
}

/// <summary>The elements of a green list slot (a single element is stored without a list), with their positions.</summary>
internal struct GreenElements
{
    private readonly GreenNode? _list;
    private readonly int _step;
    private int _index;
    private int _position;

    /// <summary>Iterates <paramref name="list"/> (full start <paramref name="position"/>); separated lists skip their separators.</summary>
    public GreenElements(GreenNode? list, int position, bool separated)
    {
        _list = list;
        _step = separated ? 2 : 1;
        _index = 0;
        _position = position;
    }

    /// <summary>The next element and its full start.</summary>
    public bool MoveNext(out GreenNode element, out int position)
    {
        var list = _list;
        if (list is not null)
        {
            if (!list.IsList)
            {
                if (_index++ == 0)
                {
                    element = list;
                    position = _position;
                    return true;
                }
            }
            else
            {
                while (_index < list.SlotCount)
                {
                    int i = _index++;
                    var child = list.GetSlot(i);
                    if (child is null)
                    {
                        continue;
                    }
                    int p = _position;
                    _position += child.FullWidth;
                    if (i % _step == 0)
                    {
                        element = child;
                        position = p;
                        return true;
                    }
                }
            }
        }
        element = null!;
        position = 0;
        return false;
    }
}
