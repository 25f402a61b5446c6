using System.Collections.Immutable;
using System.Globalization;

namespace Py2Wasm.Syntax.Literals;

/// <summary>
/// CPython's <c>unicode-escape</c> decoding of a str literal body, including the way the parser feeds
/// it: every non-ASCII character is first rewritten as a <c>\UXXXXXXXX</c> escape and a backslash before
/// a non-ASCII character as <c>\u005c</c>, so error positions count bytes of that rewritten text.
/// </summary>
internal static class UnicodeEscapeDecoder
{
    /// <param name="body">Body characters after newline translation.</param>
    /// <param name="offsets">Source offset of each body character, plus one final end offset.</param>
    internal static StringLiteralValue Decode(ReadOnlySpan<char> body, ReadOnlySpan<int> offsets)
    {
        // 1. Rewrite to ASCII exactly as CPython's string parser does, remembering the body index of each byte.
        var t = new List<char>(body.Length + 16);
        var map = new List<int>(body.Length + 16);
        for (int i = 0; i < body.Length;)
        {
            if (body[i] == '\\')
            {
                t.Add('\\');
                map.Add(i);
                i++;
                if (i >= body.Length || body[i] >= 128)
                {
                    foreach (char c in "u005c")
                    {
                        t.Add(c);
                        map.Add(i - 1);
                    }

                    if (i >= body.Length)
                    {
                        break;
                    }
                }
            }

            if (body[i] >= 128)
            {
                int cp = body[i];
                int width = 1;
                if (char.IsHighSurrogate(body[i]) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1]))
                {
                    cp = char.ConvertToUtf32(body[i], body[i + 1]);
                    width = 2;
                }

                foreach (char c in "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture))
                {
                    t.Add(c);
                    map.Add(i);
                }

                i += width;
            }
            else
            {
                t.Add(body[i]);
                map.Add(i);
                i++;
            }
        }

        map.Add(body.Length);
        int[] mapArray = map.ToArray();
        int[] offsetArray = offsets.ToArray();
        int Source(int ti) => offsetArray[mapArray[ti]];

        // 2. Decode.
        var output = new List<int>(t.Count);
        int firstInvalid = -1;
        int n = t.Count;
        int s = 0;
        while (s < n)
        {
            char c = t[s++];
            if (c != '\\')
            {
                output.Add(c);
                continue;
            }

            int startPos = s - 1;
            string message;
            if (s >= n)
            {
                message = "\\ at end of string";
                return Fail(startPos, s, message);
            }

            c = t[s++];
            switch (c)
            {
                case '\n':
                    continue;
                case '\\':
                case '\'':
                case '"':
                    output.Add(c);
                    continue;
                case 'b': output.Add('\b'); continue;
                case 'f': output.Add('\f'); continue;
                case 't': output.Add('\t'); continue;
                case 'n': output.Add('\n'); continue;
                case 'r': output.Add('\r'); continue;
                case 'v': output.Add('\v'); continue;
                case 'a': output.Add('\a'); continue;
                case >= '0' and <= '7':
                    {
                        int ch = c - '0';
                        if (s < n && t[s] is >= '0' and <= '7')
                        {
                            ch = (ch << 3) + (t[s++] - '0');
                            if (s < n && t[s] is >= '0' and <= '7')
                            {
                                ch = (ch << 3) + (t[s++] - '0');
                            }
                        }

                        if (ch > 0xFF && firstInvalid < 0)
                        {
                            firstInvalid = s - 3;
                        }

                        output.Add(ch);
                        continue;
                    }

                case 'x':
                case 'u':
                case 'U':
                    {
                        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                        message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        uint ch = 0;
                        for (; count > 0; s++, count--)
                        {
                            if (s >= n)
                            {
                                return Fail(startPos, s, message);
                            }

                            int d = HexValue(t[s]);
                            if (d < 0)
                            {
                                return Fail(startPos, s, message);
                            }

                            ch = (ch << 4) + (uint)d;
                        }

                        if (ch > 0x10FFFF)
                        {
                            return Fail(startPos, s, "illegal Unicode character");
                        }

                        output.Add((int)ch);
                        continue;
                    }

                case 'N':
                    {
                        message = "malformed \\N character escape";
                        if (s >= n || t[s] != '{')
                        {
                            return Fail(startPos, s, message);
                        }

                        int nameStart = ++s;
                        while (s < n && t[s] != '}')
                        {
                            s++;
                        }

                        if (s >= n || s == nameStart)
                        {
                            return Fail(startPos, s, message);
                        }

                        var name = new char[s - nameStart];
                        for (int k = 0; k < name.Length; k++)
                        {
                            name[k] = t[nameStart + k];
                        }

                        s++;
                        if (UnicodeNames.TryLookup(name, out int named))
                        {
                            output.Add(named);
                            continue;
                        }

                        return Fail(startPos, s, "unknown Unicode character name");
                    }

                default:
                    if (firstInvalid < 0)
                    {
                        firstInvalid = s - 1;
                    }

                    output.Add('\\');
                    output.Add(c);
                    continue;
            }
        }

        ImmutableArray<LiteralWarning> warnings = [];
        if (firstInvalid >= 0)
        {
            bool octal = t[firstInvalid] is >= '4' and <= '7';
            int escapeEnd = Math.Min(firstInvalid + (octal ? 3 : 1), n);
            string shown = octal ? string.Concat(t.GetRange(firstInvalid, escapeEnd - firstInvalid)) : t[firstInvalid].ToString();
            string msg = octal ? $"invalid octal escape sequence '\\{shown}'" : $"invalid escape sequence '\\{shown}'";
            int from = Source(firstInvalid - 1);
            warnings = [new LiteralWarning(msg, from, Source(escapeEnd) - from)];
        }

        return new StringLiteralValue(PyString.FromCodePoints(output.ToArray()), null, warnings, null);

        StringLiteralValue Fail(int startPos, int endPos, string reason)
        {
            string text = endPos - startPos == 1
                ? $"(unicode error) 'unicodeescape' codec can't decode byte 0x{(int)t[startPos]:x2} in position {startPos}: {reason}"
                : $"(unicode error) 'unicodeescape' codec can't decode bytes in position {startPos}-{endPos - 1}: {reason}";
            int from = Source(startPos);
            int to = Math.Max(Source(endPos), from + 1);
            return new StringLiteralValue(null, null, [], new LiteralError(text, from, to - from));
        }
    }

    internal static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}

/// <summary>CPython's escape decoding of a bytes literal body (already known to be ASCII).</summary>
internal static class BytesEscapeDecoder
{
    /// <param name="body">Body characters after newline translation.</param>
    /// <param name="offsets">Source offset of each body character, plus one final end offset.</param>
    internal static StringLiteralValue Decode(ReadOnlySpan<char> body, ReadOnlySpan<int> offsets)
    {
        var output = new List<byte>(body.Length);
        int firstInvalid = -1;
        int n = body.Length;
        int s = 0;
        while (s < n)
        {
            if (body[s] != '\\')
            {
                output.Add((byte)body[s++]);
                continue;
            }

            s++;
            if (s == n)
            {
                return new StringLiteralValue(null, null, [], new LiteralError("(value error) Trailing \\ in string", offsets[s - 1], 1));
            }

            char c = body[s++];
            switch (c)
            {
                case '\n': break;
                case '\\': output.Add((byte)'\\'); break;
                case '\'': output.Add((byte)'\''); break;
                case '"': output.Add((byte)'"'); break;
                case 'b': output.Add(8); break;
                case 'f': output.Add(12); break;
                case 't': output.Add(9); break;
                case 'n': output.Add(10); break;
                case 'r': output.Add(13); break;
                case 'v': output.Add(11); break;
                case 'a': output.Add(7); break;
                case >= '0' and <= '7':
                    {
                        int ch = c - '0';
                        if (s < n && body[s] is >= '0' and <= '7')
                        {
                            ch = (ch << 3) + (body[s++] - '0');
                            if (s < n && body[s] is >= '0' and <= '7')
                            {
                                ch = (ch << 3) + (body[s++] - '0');
                            }
                        }

                        if (ch > 0xFF && firstInvalid < 0)
                        {
                            firstInvalid = s - 3;
                        }

                        output.Add((byte)ch);
                        break;
                    }

                case 'x':
                    if (s + 1 < n && UnicodeEscapeDecoder.HexValue(body[s]) >= 0 && UnicodeEscapeDecoder.HexValue(body[s + 1]) >= 0)
                    {
                        output.Add((byte)((UnicodeEscapeDecoder.HexValue(body[s]) << 4) + UnicodeEscapeDecoder.HexValue(body[s + 1])));
                        s += 2;
                        break;
                    }

                    {
                        int at = s - 2;
                        int to = Math.Min(s + 2, n);
                        return new StringLiteralValue(null, null, [],
                            new LiteralError($"(value error) invalid \\x escape at position {at}", offsets[at], offsets[to] - offsets[at]));
                    }

                default:
                    if (firstInvalid < 0)
                    {
                        firstInvalid = s - 1;
                    }

                    output.Add((byte)'\\');
                    s--;
                    break;
            }
        }

        ImmutableArray<LiteralWarning> warnings = [];
        if (firstInvalid >= 0)
        {
            bool octal = body[firstInvalid] is >= '4' and <= '7';
            int escapeEnd = Math.Min(firstInvalid + (octal ? 3 : 1), n);
            string shown = body[firstInvalid..escapeEnd].ToString();
            string msg = octal ? $"invalid octal escape sequence '\\{shown}'" : $"invalid escape sequence '\\{shown}'";
            int from = offsets[firstInvalid - 1];
            warnings = [new LiteralWarning(msg, from, offsets[escapeEnd] - from)];
        }

        return new StringLiteralValue(null, output.ToArray(), warnings, null);
    }
}
