namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>
/// Number literals: int (decimal, 0x, 0o, 0b), float, imaginary, with underscores. Errors follow CPython's
/// tokenizer: the same messages, reported over the text CPython consumed before giving up; the bad token then
/// swallows the rest of the identifier-like run so the parser sees a single (invalid) number.
/// </summary>
internal sealed partial class Lexer
{
    private string? _numberError;
    private int _numberErrorStart;
    private int _numberErrorEnd;

    private void ScanNumber()
    {
        int start = _pos;
        _numberError = null;
        int end = ScanNumberCore(start);
        if (_numberError is not null)
        {
            // Swallow what CPython would have choked on next (digits, letters, '_', non-ASCII).
            while (end < _end && IsPotentialIdentifierChar(_text[end]))
            {
                end++;
            }
            _pos = end;
            AddError(ErrorCode.InvalidNumberLiteral, _numberErrorStart, Math.Max(1, _numberErrorEnd - _numberErrorStart), _numberError);
            AddToken(SyntaxKind.NumberToken, _text.Substring(start, end - start));
            return;
        }
        _pos = end;
        string text = end - start <= 16
            ? _cache.Intern(_text.AsSpan(start, end - start), out _)
            : _text.Substring(start, end - start);
        AddToken(SyntaxKind.NumberToken, text);
    }

    /// <summary>Returns the end of the number; on error sets <see cref="_numberError"/> and its range.</summary>
    private int ScanNumberCore(int start)
    {
        int p = start;
        int c = PeekAt(p);
        if (c == '.')
        {
            // ".5": the fraction starts right away.
            return ScanFraction(start, p + 1);
        }

        if (c == '0')
        {
            p++;
            c = PeekAt(p);
            if (c is 'x' or 'X')
            {
                return ScanRadixDigits(start, p + 1, 16, "hexadecimal");
            }
            if (c is 'o' or 'O')
            {
                return ScanRadixDigits(start, p + 1, 8, "octal");
            }
            if (c is 'b' or 'B')
            {
                return ScanRadixDigits(start, p + 1, 2, "binary");
            }

            // "0", "00", "0_0", or a float/imaginary with leading zeros; nonzero digits make an old octal.
            bool nonZero = false;
            while (true)
            {
                if (c == '_')
                {
                    p++;
                    c = PeekAt(p);
                    if (!IsDigit(c))
                    {
                        return Fail(start, p, "invalid decimal literal");
                    }
                }
                if (c != '0')
                {
                    break;
                }
                p++;
                c = PeekAt(p);
            }
            int zerosEnd = p;
            if (IsDigit(c))
            {
                nonZero = true;
                p = ScanDecimalTail(start, p);
                if (_numberError is not null)
                {
                    return p;
                }
                c = PeekAt(p);
            }
            if (c == '.')
            {
                return ScanFraction(start, p + 1);
            }
            if (c is 'e' or 'E')
            {
                return ScanExponent(start, p);
            }
            if (c is 'j' or 'J')
            {
                return ScanImaginary(start, p);
            }
            if (nonZero)
            {
                _numberError = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
                _numberErrorStart = start;
                _numberErrorEnd = zerosEnd;
                return p;
            }
            return VerifyEndOfNumber(start, p, "decimal");
        }

        p = ScanDecimalTail(start, p);
        if (_numberError is not null)
        {
            return p;
        }
        c = PeekAt(p);
        if (c == '.')
        {
            return ScanFraction(start, p + 1);
        }
        if (c is 'e' or 'E')
        {
            return ScanExponent(start, p);
        }
        if (c is 'j' or 'J')
        {
            return ScanImaginary(start, p);
        }
        return VerifyEndOfNumber(start, p, "decimal");
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    private int Fail(int start, int end, string message)
    {
        _numberError = message;
        _numberErrorStart = start;
        _numberErrorEnd = end;
        return end;
    }

    /// <summary>Digits with single underscores between them, starting at a digit.</summary>
    private int ScanDecimalTail(int start, int p)
    {
        while (true)
        {
            while (IsDigit(PeekAt(p)))
            {
                p++;
            }
            if (PeekAt(p) != '_')
            {
                return p;
            }
            p++;
            if (!IsDigit(PeekAt(p)))
            {
                return Fail(start, p, "invalid decimal literal");
            }
        }
    }

    /// <summary>After the '.', at <paramref name="p"/>: optional digits, exponent, 'j'.</summary>
    private int ScanFraction(int start, int p)
    {
        if (IsDigit(PeekAt(p)))
        {
            p = ScanDecimalTail(start, p);
            if (_numberError is not null)
            {
                return p;
            }
        }
        int c = PeekAt(p);
        if (c is 'e' or 'E')
        {
            return ScanExponent(start, p);
        }
        if (c is 'j' or 'J')
        {
            return ScanImaginary(start, p);
        }
        return VerifyEndOfNumber(start, p, "decimal");
    }

    /// <summary>At the 'e' of an exponent.</summary>
    private int ScanExponent(int start, int ePosition)
    {
        int p = ePosition + 1;
        int c = PeekAt(p);
        if (c is '+' or '-')
        {
            p++;
            if (!IsDigit(PeekAt(p)))
            {
                return Fail(start, p, "invalid decimal literal");
            }
        }
        else if (!IsDigit(c))
        {
            // "1e" followed by something else: the number ends before the 'e' ("1else" is 1 else).
            return VerifyEndOfNumber(start, ePosition, "decimal");
        }
        p = ScanDecimalTail(start, p);
        if (_numberError is not null)
        {
            return p;
        }
        c = PeekAt(p);
        if (c is 'j' or 'J')
        {
            return ScanImaginary(start, p);
        }
        return VerifyEndOfNumber(start, p, "decimal");
    }

    private int ScanImaginary(int start, int jPosition) => VerifyEndOfNumber(start, jPosition + 1, "imaginary");

    /// <summary>Hex, octal or binary digits after the prefix, at <paramref name="p"/>.</summary>
    private int ScanRadixDigits(int start, int p, int radix, string name)
    {
        while (true)
        {
            int c = PeekAt(p);
            if (c == '_')
            {
                p++;
                c = PeekAt(p);
            }
            if (!IsRadixDigit(c, radix))
            {
                if (radix != 16 && IsDigit(c))
                {
                    return Fail(start, p + 1, $"invalid digit '{(char)c}' in {name} literal");
                }
                return Fail(start, p, $"invalid {name} literal");
            }
            do
            {
                p++;
            }
            while (IsRadixDigit(PeekAt(p), radix));
            if (PeekAt(p) != '_')
            {
                break;
            }
        }
        if (radix != 16 && IsDigit(PeekAt(p)))
        {
            return Fail(start, p + 1, $"invalid digit '{(char)PeekAt(p)}' in {name} literal");
        }
        return VerifyEndOfNumber(start, p, name);
    }

    private static bool IsRadixDigit(int c, int radix) => radix switch
    {
        16 => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F'),
        8 => c is >= '0' and <= '7',
        _ => c is '0' or '1',
    };

    /// <summary>
    /// A number must not run into an identifier, except for the keywords that may follow a number in valid code
    /// (CPython 3.11/3.12 accept "1if x else y", "0x1for" with a warning): those end the number.
    /// </summary>
    private int VerifyEndOfNumber(int start, int p, string kind)
    {
        int c = PeekAt(p);
        bool keywordFollows = c switch
        {
            'a' => Follows(p + 1, "nd"),
            'e' => Follows(p + 1, "lse"),
            'f' => Follows(p + 1, "or"),
            'i' => PeekAt(p + 1) is 'f' or 'n' or 's',
            'o' => Follows(p + 1, "r"),
            'n' => Follows(p + 1, "ot"),
            _ => false,
        };
        if (!keywordFollows && IsPotentialIdentifierChar(c))
        {
            return Fail(start, p, $"invalid {kind} literal");
        }
        return p;
    }

    private bool Follows(int p, string text) =>
        p + text.Length <= _end && _text.AsSpan(p, text.Length).SequenceEqual(text);
}
