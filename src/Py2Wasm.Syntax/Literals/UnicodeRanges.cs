namespace Py2Wasm.Syntax.Literals;

/// <summary>Binary search over the generated range tables.</summary>
internal static class UnicodeRanges
{
    /// <summary>True when <paramref name="cp"/> lies in one of the inclusive [start, end] pairs.</summary>
    internal static bool Contains(ReadOnlySpan<int> pairs, int cp)
    {
        int lo = 0;
        int hi = (pairs.Length / 2) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < pairs[2 * mid])
            {
                hi = mid - 1;
            }
            else if (cp > pairs[(2 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of the [start, end, value] triple holding <paramref name="cp"/>, or 0.</summary>
    internal static int LookupTriple(ReadOnlySpan<int> triples, int cp)
    {
        int lo = 0;
        int hi = (triples.Length / 3) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < triples[3 * mid])
            {
                hi = mid - 1;
            }
            else if (cp > triples[(3 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return triples[(3 * mid) + 2];
            }
        }

        return 0;
    }
}
