using System.Text;

namespace Py2Wasm.Syntax.Literals;

/// <summary>
/// Python identifier characters and NFKC normalization of identifiers, exactly as CPython 3.11
/// (Unicode 14.0.0) decides them.
/// </summary>
/// <remarks>
/// Tables come from CPython (<c>tests/oracles/literals/gen_unicode_tables.py</c>), not from .NET: the
/// projects run with invariant globalization, where <see cref="string.Normalize(NormalizationForm)"/>
/// leaves non-ASCII text unchanged, and .NET's Unicode version differs from CPython 3.11's.
/// </remarks>
public static class PyIdentifier
{
    private static readonly byte[] AsciiFlags = BuildAsciiFlags();

    private const byte StartFlag = 1;
    private const byte PartFlag = 2;

    /// <summary>
    /// True when <paramref name="codePoint"/> may start an identifier (<c>chr(c).isidentifier()</c>:
    /// XID_Start or <c>_</c>).
    /// </summary>
    /// <param name="codePoint">A code point.</param>
    public static bool IsIdentifierStart(int codePoint)
    {
        if ((uint)codePoint < 128)
        {
            return (AsciiFlags[codePoint] & StartFlag) != 0;
        }

        return UnicodeRanges.Contains(UnicodeTables.IdentifierStartRanges, codePoint);
    }

    /// <summary>
    /// True when <paramref name="codePoint"/> may continue an identifier
    /// (<c>("a" + chr(c)).isidentifier()</c>: XID_Continue or <c>_</c>).
    /// </summary>
    /// <param name="codePoint">A code point.</param>
    public static bool IsIdentifierPart(int codePoint)
    {
        if ((uint)codePoint < 128)
        {
            return (AsciiFlags[codePoint] & PartFlag) != 0;
        }

        return UnicodeRanges.Contains(UnicodeTables.IdentifierPartRanges, codePoint);
    }

    /// <summary>True when <paramref name="text"/> is a valid identifier (<c>str.isidentifier()</c>).</summary>
    /// <param name="text">The text to check.</param>
    public static bool IsIdentifier(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return false;
        }

        bool first = true;
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[++i]);
            }

            if (first ? !IsIdentifierStart(cp) : !IsIdentifierPart(cp))
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    /// <summary>
    /// Normalizes an identifier as CPython's parser does: <c>unicodedata.normalize('NFKC', name)</c>
    /// for non-ASCII names. A name that is already normalized (every ASCII name) is returned as the same instance.
    /// </summary>
    /// <param name="name">The identifier text as written in the source.</param>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (char c in name)
        {
            if (c >= 128)
            {
                string normalized = UnicodeNormalization.ToNfkc(name);
                return string.Equals(normalized, name, StringComparison.Ordinal) ? name : normalized;
            }
        }

        return name;
    }

    private static byte[] BuildAsciiFlags()
    {
        var flags = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            bool letter = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';
            bool digit = c is >= '0' and <= '9';
            flags[c] = (byte)((letter ? StartFlag | PartFlag : 0) | (digit ? PartFlag : 0));
        }

        return flags;
    }
}
