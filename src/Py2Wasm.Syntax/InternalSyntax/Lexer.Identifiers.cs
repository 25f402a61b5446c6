using System.Globalization;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>Token dispatch, identifiers, keywords, string prefixes and invalid characters.</summary>
internal sealed partial class Lexer
{
    /// <summary>Scans one token starting at <see cref="_pos"/> (not trivia, not end of file) and appends it.</summary>
    private void ScanToken()
    {
        char c = _text[_pos];
        if (c < 128)
        {
            if (IsAsciiIdentifierStart(c))
            {
                ScanIdentifierOrPrefixedString();
                return;
            }
            if (c is >= '0' and <= '9')
            {
                ScanNumber();
                return;
            }
            if (c is '"' or '\'')
            {
                ScanStringOrFString(_pos, _pos, raw: false, fstring: false);
                return;
            }
            if (c == '.' && _pos + 1 < _end && _text[_pos + 1] is >= '0' and <= '9')
            {
                ScanNumber();
                return;
            }
            ScanPunctuationOrBadCharacter(c);
            return;
        }
        ScanNonAsciiIdentifier();
    }

    private static bool IsAsciiIdentifierStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsAsciiIdentifierPart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    /// <summary>CPython's is_potential_identifier_char: ASCII letters, digits, '_' and every non-ASCII character.</summary>
    private static bool IsPotentialIdentifierChar(int c) => c >= 128 || (c >= 0 && IsAsciiIdentifierPart((char)c));

    private void ScanIdentifierOrPrefixedString()
    {
        int start = _pos;
        int p = _pos + 1;
        while (p < _end && IsAsciiIdentifierPart(_text[p]))
        {
            p++;
        }

        if (p < _end)
        {
            char next = _text[p];
            if (next is '"' or '\'' && p - start <= 2 && IsStringPrefix(start, p - start, out bool raw, out bool fstring))
            {
                ScanStringOrFString(start, p, raw, fstring);
                return;
            }
            if (next >= 128)
            {
                // An identifier that continues with non-ASCII characters.
                _pos = start;
                ScanNonAsciiIdentifier();
                return;
            }
        }

        _pos = p;
        string text = _cache.Intern(_text.AsSpan(start, p - start), out var kind);
        AddToken(kind, text);
    }

    /// <summary>True for the string prefixes r u b br rb f fr rf (any case).</summary>
    private bool IsStringPrefix(int start, int length, out bool raw, out bool fstring)
    {
        raw = false;
        fstring = false;
        bool bytes = false, unicode = false;
        for (int i = 0; i < length; i++)
        {
            switch (_text[start + i])
            {
                case 'r' or 'R':
                    if (raw) return false;
                    raw = true;
                    break;
                case 'b' or 'B':
                    if (bytes) return false;
                    bytes = true;
                    break;
                case 'u' or 'U':
                    if (unicode) return false;
                    unicode = true;
                    break;
                case 'f' or 'F':
                    if (fstring) return false;
                    fstring = true;
                    break;
                default:
                    return false;
            }
        }
        // 'u' combines with nothing; 'b' and 'f' exclude each other.
        return !(unicode && length > 1) && !(bytes && fstring);
    }

    /// <summary>
    /// Scans an identifier that contains non-ASCII characters. Like CPython, the maximal run of potential
    /// identifier characters is checked code point by code point; the valid prefix becomes the identifier and
    /// the first invalid code point becomes a <see cref="SyntaxKind.BadToken"/> on the next call.
    /// </summary>
    private void ScanNonAsciiIdentifier()
    {
        int start = _pos;
        int p = _pos;
        bool first = true;
        while (p < _end)
        {
            char c = _text[p];
            if (c < 128)
            {
                if (first ? IsAsciiIdentifierStart(c) : IsAsciiIdentifierPart(c))
                {
                    p++;
                    first = false;
                    continue;
                }
                break;
            }
            int codePoint = ReadCodePoint(p, out int width);
            if (first ? !PyIdentifier.IsIdentifierStart(codePoint) : !PyIdentifier.IsIdentifierPart(codePoint))
            {
                break;
            }
            p += width;
            first = false;
        }

        if (p == start)
        {
            ScanBadCharacter();
            return;
        }
        _pos = p;
        string text = _cache.Intern(_text.AsSpan(start, p - start), out var kind);
        AddToken(kind, text);
    }

    private int ReadCodePoint(int position, out int width)
    {
        char c = _text[position];
        if (char.IsHighSurrogate(c) && position + 1 < _end && char.IsLowSurrogate(_text[position + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, _text[position + 1]);
        }
        width = 1;
        return c;
    }

    /// <summary>
    /// One code point that cannot start any token: a BadToken with CPython's message ("invalid character",
    /// "invalid non-printable character" or, for NUL, "source code cannot contain null bytes").
    /// </summary>
    private void ScanBadCharacter()
    {
        int start = _pos;
        int codePoint = ReadCodePoint(_pos, out int width);
        if (codePoint == 0)
        {
            while (_pos < _end && _text[_pos] == '\0')
            {
                _pos++;
            }
            AddError(ErrorCode.NullCharacter, start, _pos - start);
        }
        else
        {
            _pos += width;
            string hex = codePoint.ToString("X4", CultureInfo.InvariantCulture);
            if (IsPrintable(codePoint))
            {
                AddError(ErrorCode.InvalidCharacter, start, width, _text.Substring(start, width), hex);
            }
            else
            {
                AddError(ErrorCode.InvalidNonPrintableCharacter, start, width, hex);
            }
        }
        AddToken(SyntaxKind.BadToken, _text.Substring(start, _pos - start));
    }

    /// <summary>str.isprintable() for one code point, from CPython's Unicode 14 tables.</summary>
    private static bool IsPrintable(int codePoint)
    {
        if (codePoint is >= 0x20 and < 0x7F)
        {
            return true;
        }
        return !UnicodeRanges.Contains(UnicodeTables.NonPrintableRanges, codePoint);
    }
}
