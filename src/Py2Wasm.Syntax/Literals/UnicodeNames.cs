using System.IO.Compression;
using System.Text;

namespace Py2Wasm.Syntax.Literals;

/// <summary>
/// Character-name lookup for <c>\N{...}</c> escapes, as CPython 3.11's unicode-escape decoder does it:
/// names and aliases case-insensitively (ASCII only), algorithmic <c>CJK UNIFIED IDEOGRAPH-XXXX</c> and
/// <c>HANGUL SYLLABLE ...</c> names case-sensitively; named sequences are not accepted.
/// </summary>
/// <remarks>
/// The table is the embedded resource <c>UnicodeNames.txt.z</c> (zlib), generated from CPython by
/// <c>tests/oracles/literals/gen_unicode_tables.py</c>. It is loaded on the first lookup only.
/// </remarks>
public static class UnicodeNames
{
    internal const string ResourceName = "Py2Wasm.Syntax.Literals.UnicodeNames.txt.z";

    private static readonly Lazy<Dictionary<string, int>> s_table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Short jamo names of the Hangul syllable algorithm (Unicode chapter 3.12).
    private static readonly string[] s_jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private const string HangulPrefix = "HANGUL SYLLABLE ";
    private const string CjkPrefix = "CJK UNIFIED IDEOGRAPH-";

    /// <summary>True once the name table has been loaded (it is loaded on first use only).</summary>
    public static bool IsLoaded => s_table.IsValueCreated;

    /// <summary>Looks a character name or alias up as <c>"\N{name}"</c> does.</summary>
    /// <param name="name">The text between the braces.</param>
    /// <param name="codePoint">The character, when found.</param>
    /// <returns>True when CPython accepts the name.</returns>
    public static bool TryLookup(ReadOnlySpan<char> name, out int codePoint)
    {
        codePoint = 0;
        if (name.StartsWith(HangulPrefix, StringComparison.Ordinal))
        {
            return TryHangul(name[HangulPrefix.Length..], out codePoint);
        }

        if (name.StartsWith(CjkPrefix, StringComparison.Ordinal))
        {
            return TryCjk(name[CjkPrefix.Length..], out codePoint);
        }

        Span<char> upper = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c >= 128)
            {
                return false;
            }

            upper[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        var lookup = s_table.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(upper, out codePoint);
    }

    private static bool TryCjk(ReadOnlySpan<char> hex, out int codePoint)
    {
        codePoint = 0;
        if (hex.Length is not (4 or 5))
        {
            return false;
        }

        int v = 0;
        foreach (char c in hex)
        {
            int d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => -1,
            };
            if (d < 0)
            {
                return false;
            }

            v = (v * 16) + d;
        }

        if (!UnicodeRanges.Contains(UnicodeTables.CjkUnifiedIdeographRanges, v))
        {
            return false;
        }

        codePoint = v;
        return true;
    }

    private static bool TryHangul(ReadOnlySpan<char> rest, out int codePoint)
    {
        codePoint = 0;
        int l = FindLongest(rest, s_jamoL, out int len);
        rest = rest[len..];
        int v = FindLongest(rest, s_jamoV, out len);
        rest = rest[len..];
        int t = FindLongest(rest, s_jamoT, out len);
        rest = rest[len..];
        if (l < 0 || v < 0 || t < 0 || !rest.IsEmpty)
        {
            return false;
        }

        codePoint = 0xAC00 + (((l * 21) + v) * 28) + t;
        return true;
    }

    private static int FindLongest(ReadOnlySpan<char> text, string[] candidates, out int length)
    {
        int best = -1;
        length = 0;
        int bestLength = -1;
        for (int i = 0; i < candidates.Length; i++)
        {
            string s = candidates[i];
            if (s.Length > bestLength && text.StartsWith(s, StringComparison.Ordinal))
            {
                best = i;
                bestLength = s.Length;
            }
        }

        length = Math.Max(bestLength, 0);
        return best;
    }

    /// <summary>Reads the decompressed name table text (one entry per line).</summary>
    internal static string ReadTableText()
    {
        using Stream stream = typeof(UnicodeNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        using var zlib = new ZLibStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(zlib, Encoding.ASCII);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, int> Load()
    {
        string text = ReadTableText();
        var table = new Dictionary<string, int>(40000, StringComparer.Ordinal);
        bool aliases = false;
        int cp = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            ReadOnlySpan<char> line = text.AsSpan(range);
            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] == '#')
            {
                aliases = line.StartsWith("# aliases", StringComparison.Ordinal);
                continue;
            }

            int space = line.IndexOf(' ');
            int number = int.Parse(line[..space], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            cp = aliases ? number : cp + number;
            table.TryAdd(line[(space + 1)..].ToString(), cp);
        }

        return table;
    }
}
