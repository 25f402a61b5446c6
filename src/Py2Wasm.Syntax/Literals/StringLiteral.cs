using System.Collections.Immutable;

namespace Py2Wasm.Syntax.Literals;

/// <summary>The prefix letters of a string token (any case, any order).</summary>
[Flags]
public enum StringPrefix
{
    /// <summary>No prefix.</summary>
    None = 0,

    /// <summary><c>r</c>/<c>R</c>: raw, escapes are not processed.</summary>
    Raw = 1,

    /// <summary><c>b</c>/<c>B</c>: a bytes literal.</summary>
    Bytes = 2,

    /// <summary><c>u</c>/<c>U</c>: accepted for compatibility, no effect.</summary>
    Unicode = 4,

    /// <summary><c>f</c>/<c>F</c>: an f-string.</summary>
    Format = 8,
}

/// <summary>A warning found while decoding a literal (CPython 3.12 reports it as a SyntaxWarning).</summary>
/// <param name="Message">CPython's message, e.g. <c>invalid escape sequence '\d'</c>.</param>
/// <param name="Offset">Offset of the backslash, relative to the start of the decoded text (the token).</param>
/// <param name="Length">Length of the offending escape in source characters.</param>
public readonly record struct LiteralWarning(string Message, int Offset, int Length);

/// <summary>An error found while decoding a literal (CPython reports it as a SyntaxError).</summary>
/// <param name="Message">CPython's SyntaxError message.</param>
/// <param name="Offset">Start of the offending text, relative to the start of the decoded text (the token).</param>
/// <param name="Length">Length of the offending text in source characters.</param>
public readonly record struct LiteralError(string Message, int Offset, int Length);

/// <summary>The value of a decoded string or bytes literal, with CPython's warnings and error.</summary>
public sealed class StringLiteralValue
{
    internal StringLiteralValue(PyString? text, byte[]? bytes, ImmutableArray<LiteralWarning> warnings, LiteralError? error)
    {
        Text = text;
        Bytes = bytes;
        Warnings = warnings;
        Error = error;
    }

    /// <summary>The <c>str</c> value; null for bytes literals and on error.</summary>
    public PyString? Text { get; }

    /// <summary>The <c>bytes</c> value; null for str literals and on error.</summary>
    public byte[]? Bytes { get; }

    /// <summary>
    /// Invalid escape sequences. Like CPython, at most one is reported per decoded piece: the first
    /// invalid escape (<c>invalid escape sequence '\d'</c> or <c>invalid octal escape sequence '\777'</c>).
    /// </summary>
    public ImmutableArray<LiteralWarning> Warnings { get; }

    /// <summary>The error, when the literal is invalid (then there is no value).</summary>
    public LiteralError? Error { get; }

    /// <summary>True when <see cref="Error"/> is set.</summary>
    public bool HasError => Error is not null;
}

/// <summary>
/// Decodes Python string, bytes and f-string literal text to values exactly as CPython 3.11/3.12 does.
/// </summary>
public static class StringLiteral
{
    /// <summary>
    /// Reads the prefix of a string token: the letters before the first quote.
    /// </summary>
    /// <param name="tokenText">The token text, starting at the prefix.</param>
    /// <param name="prefixLength">Number of prefix characters.</param>
    /// <returns>The prefix flags.</returns>
    /// <exception cref="ArgumentException">A character other than a prefix letter precedes the quote.</exception>
    public static StringPrefix ParsePrefix(ReadOnlySpan<char> tokenText, out int prefixLength)
    {
        var prefix = StringPrefix.None;
        int i = 0;
        for (; i < tokenText.Length && tokenText[i] is not ('\'' or '"'); i++)
        {
            prefix |= tokenText[i] switch
            {
                'r' or 'R' => StringPrefix.Raw,
                'b' or 'B' => StringPrefix.Bytes,
                'u' or 'U' => StringPrefix.Unicode,
                'f' or 'F' => StringPrefix.Format,
                _ => throw new ArgumentException($"'{tokenText[i]}' is not a string prefix letter.", nameof(tokenText)),
            };
        }

        prefixLength = i;
        return prefix;
    }

    /// <summary>
    /// Decodes a complete, non-f string or bytes token (prefix, quotes and body, exactly as in the source).
    /// </summary>
    /// <param name="tokenText">
    /// The token text, e.g. <c>rb'\x00'</c> or <c>"""a\nb"""</c>. For an unterminated token (lexer error
    /// recovery) the body runs to the end of the text.
    /// </param>
    /// <returns>The value, or CPython's error; offsets are relative to the token start.</returns>
    /// <exception cref="ArgumentException">The text does not start with prefix letters and a quote, or is an f-string.</exception>
    public static StringLiteralValue Decode(string tokenText)
    {
        ArgumentNullException.ThrowIfNull(tokenText);
        StringPrefix prefix = ParsePrefix(tokenText, out int prefixLength);
        if ((prefix & StringPrefix.Format) != 0)
        {
            throw new ArgumentException("f-strings are decoded piece by piece with DecodeFStringMiddle.", nameof(tokenText));
        }

        if (prefixLength >= tokenText.Length)
        {
            throw new ArgumentException("Not a string token: no quote.", nameof(tokenText));
        }

        char q = tokenText[prefixLength];
        int quoteLength = tokenText.Length - prefixLength >= 3 && tokenText[prefixLength + 1] == q && tokenText[prefixLength + 2] == q ? 3 : 1;
        int bodyStart = prefixLength + quoteLength;
        bool terminated = tokenText.Length - prefixLength >= 2 * quoteLength &&
                          tokenText.AsSpan(tokenText.Length - quoteLength).IndexOfAnyExcept(q) < 0;
        int bodyEnd = terminated ? tokenText.Length - quoteLength : tokenText.Length;

        bool raw = (prefix & StringPrefix.Raw) != 0;
        if ((prefix & StringPrefix.Bytes) != 0)
        {
            return DecodeBytes(tokenText, bodyStart, bodyEnd, raw);
        }

        return DecodeStr(tokenText, bodyStart, bodyEnd, raw, fstring: false);
    }

    /// <summary>
    /// Decodes a literal text piece of an f-string (PEP 701 FSTRING_MIDDLE): escapes as in a string literal
    /// unless raw, and <c>{{</c>/<c>}}</c> standing for <c>{</c>/<c>}</c>. A lone <c>}</c> is CPython's error
    /// <c>f-string: single '}' is not allowed</c>; a lone <c>{</c> (which starts a replacement field and so
    /// should not be in the text) is kept as is.
    /// </summary>
    /// <remarks>
    /// Like CPython, the text is decoded in pieces that end after each doubled brace, so error positions in
    /// messages count from the start of the piece, and each piece may report its own first invalid escape.
    /// </remarks>
    /// <param name="text">The source text of the piece.</param>
    /// <param name="isRaw">True for <c>rf</c>/<c>fr</c> strings.</param>
    /// <returns>The value, or CPython's error; offsets are relative to the start of <paramref name="text"/>.</returns>
    public static StringLiteralValue DecodeFStringMiddle(string text, bool isRaw)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DecodeStr(text, 0, text.Length, isRaw, fstring: true);
    }

    /// <summary>
    /// The body with newlines translated (<c>\r\n</c> and <c>\r</c> become <c>\n</c>, as CPython's
    /// tokenizer does); each character keeps its source offset, plus one final end offset.
    /// </summary>
    private static (char[] Chars, int[] Offsets, int Count) Prepare(string text, int start, int end)
    {
        var chars = new char[end - start];
        var offsets = new int[end - start + 1];
        int n = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            offsets[n] = i;
            if (c == '\r')
            {
                chars[n++] = '\n';
                if (i + 1 < end && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            chars[n++] = c;
        }

        offsets[n] = end;
        return (chars, offsets, n);
    }

    private static StringLiteralValue DecodeStr(string text, int start, int end, bool raw, bool fstring)
    {
        ReadOnlySpan<char> span = text.AsSpan(start, end - start);
        if (span.IndexOfAny('\\', '\r') < 0 && (!fstring || span.IndexOfAny('{', '}') < 0))
        {
            return new StringLiteralValue(PyString.FromString(span.ToString()), null, [], null);
        }

        var (chars, offsets, count) = Prepare(text, start, end);
        if (!fstring)
        {
            return DecodePiece(chars.AsSpan(0, count), offsets.AsSpan(0, count + 1), raw);
        }

        // CPython 3.12's tokenizer rejects a lone '}' before anything is decoded.
        if (FindSingleClosingBrace(chars.AsSpan(0, count), raw) is int single and >= 0)
        {
            return new StringLiteralValue(null, null, [], new LiteralError("f-string: single '}' is not allowed", offsets[single], 1));
        }

        // CPython decodes an f-string's literal text piece by piece: a doubled brace ends a piece (which
        // keeps one brace) and the next piece starts after it. Error positions count from the piece start.
        var codePoints = new List<int>(count);
        var warnings = ImmutableArray.CreateBuilder<LiteralWarning>();
        int pieceStart = 0;
        int i = 0;
        while (true)
        {
            bool atEnd = i >= count;
            if (!atEnd && chars[i] == '\\' && !raw)
            {
                // An escape; \N{...} braces belong to it.
                if (i + 2 < count && chars[i + 1] == 'N' && chars[i + 2] == '{')
                {
                    int close = Array.IndexOf(chars, '}', i + 3, count - (i + 3));
                    i = close < 0 ? count : close + 1;
                }
                else
                {
                    i += 2;
                }

                continue;
            }

            bool doubled = !atEnd && (chars[i] == '{' || chars[i] == '}') && i + 1 < count && chars[i + 1] == chars[i];
            if (!atEnd && !doubled)
            {
                i++;
                continue;
            }

            int pieceEnd = doubled ? i + 1 : count; // keeps one brace
            StringLiteralValue piece = DecodePiece(chars.AsSpan(pieceStart, pieceEnd - pieceStart), offsets.AsSpan(pieceStart, pieceEnd - pieceStart + 1), raw);
            if (piece.Error is not null)
            {
                return piece;
            }

            codePoints.AddRange(piece.Text!.EnumerateCodePoints());
            warnings.AddRange(piece.Warnings);
            if (atEnd)
            {
                break;
            }

            i += 2;
            pieceStart = i;
        }

        return new StringLiteralValue(PyString.FromCodePoints(codePoints.ToArray()), null, warnings.ToImmutable(), null);
    }

    private static int FindSingleClosingBrace(ReadOnlySpan<char> chars, bool raw)
    {
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\\' && !raw)
            {
                if (i + 2 < chars.Length && chars[i + 1] == 'N' && chars[i + 2] == '{')
                {
                    int close = chars[(i + 3)..].IndexOf('}');
                    i = close < 0 ? chars.Length : i + 3 + close;
                }
                else
                {
                    i++;
                }
            }
            else if (chars[i] is '{' or '}' && i + 1 < chars.Length && chars[i + 1] == chars[i])
            {
                i++;
            }
            else if (chars[i] == '}')
            {
                return i;
            }
        }

        return -1;
    }

    private static StringLiteralValue DecodePiece(ReadOnlySpan<char> chars, ReadOnlySpan<int> offsets, bool raw)
    {
        if (raw)
        {
            return new StringLiteralValue(PyString.FromString(chars.ToString()), null, [], null);
        }

        return UnicodeEscapeDecoder.Decode(chars, offsets);
    }

    private static StringLiteralValue DecodeBytes(string text, int start, int end, bool raw)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] >= 128)
            {
                return new StringLiteralValue(null, null, [],
                    new LiteralError("bytes can only contain ASCII literal characters", 0, text.Length));
            }
        }

        var (chars, offsets, count) = Prepare(text, start, end);
        if (raw)
        {
            var bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = (byte)chars[i];
            }

            return new StringLiteralValue(null, bytes, [], null);
        }

        return BytesEscapeDecoder.Decode(chars.AsSpan(0, count), offsets.AsSpan(0, count + 1));
    }
}
