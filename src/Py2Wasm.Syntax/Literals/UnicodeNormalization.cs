using System.Text;

namespace Py2Wasm.Syntax.Literals;

/// <summary>NFKC normalization over the generated Unicode 14.0.0 tables.</summary>
internal static class UnicodeNormalization
{
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int NCount = VCount * TCount;
    private const int SCount = LCount * NCount;

    private static Dictionary<long, int>? s_compositions;

    /// <summary>Canonical combining class of a code point.</summary>
    internal static int CombiningClass(int cp) =>
        cp < 0x300 ? 0 : UnicodeRanges.LookupTriple(UnicodeTables.CombiningClassRanges, cp);

    /// <summary>Returns the NFKC form of a well-formed UTF-16 string.</summary>
    internal static string ToNfkc(string text)
    {
        var buffer = new List<int>(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[++i]);
            }

            AppendDecomposition(buffer, cp);
        }

        ReorderCanonically(buffer);
        Compose(buffer);
        var sb = new StringBuilder(buffer.Count);
        foreach (int cp in buffer)
        {
            PyString.AppendUtf16(sb, cp);
        }

        return sb.ToString();
    }

    private static void AppendDecomposition(List<int> buffer, int cp)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            int s = cp - SBase;
            buffer.Add(LBase + (s / NCount));
            buffer.Add(VBase + (s % NCount / TCount));
            if (s % TCount != 0)
            {
                buffer.Add(TBase + (s % TCount));
            }

            return;
        }

        ReadOnlySpan<int> keys = UnicodeTables.DecompositionKeys;
        int index = cp < 0xA0 ? -1 : keys.BinarySearch(cp);
        if (index < 0)
        {
            buffer.Add(cp);
            return;
        }

        ReadOnlySpan<int> offsets = UnicodeTables.DecompositionOffsets;
        ReadOnlySpan<int> data = UnicodeTables.DecompositionData;
        for (int i = offsets[index]; i < offsets[index + 1]; i++)
        {
            buffer.Add(data[i]);
        }
    }

    private static void ReorderCanonically(List<int> buffer)
    {
        // Stable insertion sort of each run of non-starters by combining class.
        for (int i = 1; i < buffer.Count; i++)
        {
            int cp = buffer[i];
            int ccc = CombiningClass(cp);
            if (ccc == 0)
            {
                continue;
            }

            int j = i - 1;
            while (j >= 0)
            {
                int prev = CombiningClass(buffer[j]);
                if (prev == 0 || prev <= ccc)
                {
                    break;
                }

                buffer[j + 1] = buffer[j];
                j--;
            }

            buffer[j + 1] = cp;
        }
    }

    private static void Compose(List<int> buffer)
    {
        if (buffer.Count < 2)
        {
            return;
        }

        Dictionary<long, int> table = s_compositions ??= BuildCompositions();
        int starter = -1;
        int lastClass = -1; // class of the last character kept after the starter; -1 when adjacent
        int write = 0;
        for (int read = 0; read < buffer.Count; read++)
        {
            int cp = buffer[read];
            int ccc = CombiningClass(cp);
            if (starter >= 0 && (lastClass == -1 || (lastClass != 0 && lastClass < ccc)))
            {
                int composite = ComposePair(table, buffer[starter], cp);
                if (composite >= 0)
                {
                    buffer[starter] = composite;
                    continue;
                }
            }

            if (ccc == 0)
            {
                starter = write;
                lastClass = -1;
            }
            else
            {
                lastClass = ccc;
            }

            buffer[write++] = cp;
        }

        buffer.RemoveRange(write, buffer.Count - write);
    }

    private static int ComposePair(Dictionary<long, int> table, int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 &&
            second is > TBase and < TBase + TCount)
        {
            return first + (second - TBase);
        }

        return table.TryGetValue(((long)first << 21) | (uint)second, out int composite) ? composite : -1;
    }

    private static Dictionary<long, int> BuildCompositions()
    {
        ReadOnlySpan<int> triples = UnicodeTables.CompositionTriples;
        var table = new Dictionary<long, int>(triples.Length / 3);
        for (int i = 0; i < triples.Length; i += 3)
        {
            table[((long)triples[i] << 21) | (uint)triples[i + 1]] = triples[i + 2];
        }

        return table;
    }
}
