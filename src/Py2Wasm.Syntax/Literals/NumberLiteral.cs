using System.Globalization;
using System.Numerics;

namespace Py2Wasm.Syntax.Literals;

/// <summary>The kind of a Python number literal.</summary>
public enum NumberLiteralKind
{
    /// <summary>An <c>int</c> literal (decimal, hexadecimal, octal or binary).</summary>
    Integer,

    /// <summary>A <c>float</c> literal.</summary>
    Float,

    /// <summary>An imaginary literal (<c>1j</c>): a <c>complex</c> with zero real part.</summary>
    Imaginary,
}

/// <summary>The value of a Python number literal.</summary>
public readonly struct NumberLiteralValue : IEquatable<NumberLiteralValue>
{
    private readonly long _small;
    private readonly BigInteger? _big;

    private NumberLiteralValue(NumberLiteralKind kind, long small, BigInteger? big, double number)
    {
        Kind = kind;
        _small = small;
        _big = big;
        Double = number;
    }

    /// <summary>What kind of literal this is.</summary>
    public NumberLiteralKind Kind { get; }

    /// <summary>True for an integer that fits in <see cref="long"/> (then <see cref="SmallInteger"/> holds it).</summary>
    public bool IsSmallInteger => Kind == NumberLiteralKind.Integer && _big is null;

    /// <summary>The integer value when <see cref="IsSmallInteger"/>; otherwise 0.</summary>
    public long SmallInteger => _big is null ? _small : 0;

    /// <summary>The integer value (any size); 0 for non-integers.</summary>
    public BigInteger Integer => _big ?? _small;

    /// <summary>The float value, or the imaginary part of an imaginary literal; 0 for integers.</summary>
    public double Double { get; }

    internal static NumberLiteralValue FromInteger(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue
            ? new NumberLiteralValue(NumberLiteralKind.Integer, (long)value, null, 0)
            : new NumberLiteralValue(NumberLiteralKind.Integer, 0, value, 0);

    internal static NumberLiteralValue FromLong(long value) => new(NumberLiteralKind.Integer, value, null, 0);

    internal static NumberLiteralValue FromDouble(NumberLiteralKind kind, double value) => new(kind, 0, null, value);

    /// <summary>Python's <c>repr</c> of the value (<c>42</c>, <c>1.5</c>, <c>2j</c>).</summary>
    public override string ToString() => Kind switch
    {
        NumberLiteralKind.Integer => PyRepr.Int(Integer),
        NumberLiteralKind.Float => PyRepr.Float(Double),
        _ => PyRepr.Complex(0.0, Double),
    };

    /// <inheritdoc/>
    public bool Equals(NumberLiteralValue other) =>
        Kind == other.Kind && Integer == other.Integer &&
        BitConverter.DoubleToInt64Bits(Double) == BitConverter.DoubleToInt64Bits(other.Double);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NumberLiteralValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Integer, BitConverter.DoubleToInt64Bits(Double));

    /// <summary>Equality of kind and exact value (floats compared bit for bit).</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator ==(NumberLiteralValue left, NumberLiteralValue right) => left.Equals(right);

    /// <summary>Inequality of kind or exact value.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator !=(NumberLiteralValue left, NumberLiteralValue right) => !left.Equals(right);
}

/// <summary>
/// What CPython's tokenizer makes of the number starting at the beginning of a text.
/// </summary>
/// <param name="Length">
/// Characters the NUMBER token takes when valid. When <see cref="ErrorMessage"/> is set, the tokenizer's
/// position at the error (the rest of the text is not a number token).
/// </param>
/// <param name="ErrorMessage">CPython's SyntaxError message, or null when the number is valid.</param>
/// <param name="ErrorStart">CPython's <c>SyntaxError.offset - 1</c> for a number starting at column 0.</param>
/// <param name="ErrorEnd">CPython's <c>SyntaxError.end_offset - 1</c> for a number starting at column 0.</param>
/// <param name="WarningMessage">
/// A SyntaxWarning (3.12) such as <c>invalid decimal literal</c> for <c>1if x else y</c>, or null.
/// </param>
public readonly record struct NumberScanResult(int Length, string? ErrorMessage, int ErrorStart, int ErrorEnd, string? WarningMessage)
{
    /// <summary>True when the number token is valid.</summary>
    public bool IsValid => ErrorMessage is null;
}

/// <summary>
/// Scanning, validation and evaluation of Python number literals as CPython 3.12's tokenizer and parser do.
/// </summary>
public static class NumberLiteral
{
    /// <summary>CPython's default <c>sys.get_int_max_str_digits()</c>.</summary>
    public const int MaxStrDigits = 4300;

    /// <summary>
    /// Scans the number that starts at the beginning of <paramref name="text"/> (a digit, or <c>.</c> and a
    /// digit) exactly as CPython's tokenizer does: how far the token goes, and the error or warning it gives.
    /// </summary>
    /// <param name="text">Source text from the first character of the number (may continue past it).</param>
    /// <returns>The token length and diagnostics.</returns>
    /// <exception cref="ArgumentException">The text does not start a number.</exception>
    public static NumberScanResult Scan(ReadOnlySpan<char> text) => new NumberScanner(text).Scan();

    /// <summary>
    /// Checks that <paramref name="text"/> is exactly one valid Python 3.12 number token.
    /// </summary>
    /// <param name="text">The candidate token text.</param>
    /// <returns>Null when valid; otherwise CPython's error message (<c>invalid syntax</c> when the number token
    /// ends before the text does).</returns>
    public static string? Validate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || !(IsDigit(text[0]) || (text[0] == '.' && text.Length > 1 && IsDigit(text[1]))))
        {
            return "invalid syntax";
        }

        NumberScanResult scan = Scan(text);
        if (scan.ErrorMessage is not null)
        {
            return scan.ErrorMessage;
        }

        if (scan.Length != text.Length)
        {
            return "invalid syntax";
        }

        return CheckIntegerDigitLimit(text);
    }

    /// <summary>
    /// The SyntaxError CPython 3.11+ gives for a decimal integer literal with more than
    /// <see cref="MaxStrDigits"/> digits, or null. (Our own <see cref="Parse"/> handles any size.)
    /// </summary>
    /// <param name="text">A valid number token.</param>
    public static string? CheckIntegerDigitLimit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxStrDigits)
        {
            return null;
        }

        if (text[0] == '0' && text.Length > 1 && text[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            return null;
        }

        int digits = 0;
        bool nonZero = false;
        foreach (char c in text)
        {
            if (IsDigit(c))
            {
                digits++;
                nonZero |= c != '0';
            }
            else if (c != '_')
            {
                return null; // a float or imaginary literal
            }
        }

        if (digits <= MaxStrDigits || !nonZero)
        {
            return null;
        }

        return $"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {digits} digits; " +
               "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
    }

    /// <summary>Evaluates a valid number token.</summary>
    /// <param name="text">The token text, e.g. <c>0x_FF</c>, <c>1_000.5e-3</c>, <c>.5j</c>.</param>
    /// <returns>The value: int as a long or <see cref="BigInteger"/>, float correctly rounded (overflow to
    /// infinity), imaginary as its imaginary part.</returns>
    /// <exception cref="FormatException">The text is not a valid number token.</exception>
    public static NumberLiteralValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out NumberLiteralValue value, out string? error))
        {
            throw new FormatException(error);
        }

        return value;
    }

    /// <summary>Validates and evaluates a number token.</summary>
    /// <param name="text">The token text.</param>
    /// <param name="value">The value when valid.</param>
    /// <param name="error">CPython's error message when invalid (digit limit not applied).</param>
    /// <returns>True when the text is one valid number token.</returns>
    public static bool TryParse(string text, out NumberLiteralValue value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        if (text.Length == 0 || !(IsDigit(text[0]) || (text[0] == '.' && text.Length > 1 && IsDigit(text[1]))))
        {
            error = "invalid syntax";
            return false;
        }

        NumberScanResult scan = Scan(text);
        error = scan.ErrorMessage ?? (scan.Length != text.Length ? "invalid syntax" : null);
        if (error is not null)
        {
            return false;
        }

        value = Evaluate(text);
        return true;
    }

    private static NumberLiteralValue Evaluate(string text)
    {
        char last = text[^1];
        if (last is 'j' or 'J')
        {
            return NumberLiteralValue.FromDouble(NumberLiteralKind.Imaginary, ParseDouble(text.AsSpan(0, text.Length - 1)));
        }

        if (text.Length > 1 && text[0] == '0')
        {
            switch (text[1])
            {
                case 'x' or 'X': return NumberLiteralValue.FromInteger(ParsePowerOfTwoBase(text.AsSpan(2), 4));
                case 'o' or 'O': return NumberLiteralValue.FromInteger(ParsePowerOfTwoBase(text.AsSpan(2), 3));
                case 'b' or 'B': return NumberLiteralValue.FromInteger(ParsePowerOfTwoBase(text.AsSpan(2), 1));
            }
        }

        if (text.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
        {
            return NumberLiteralValue.FromDouble(NumberLiteralKind.Float, ParseDouble(text));
        }

        return ParseDecimalInteger(text);
    }

    private static NumberLiteralValue ParseDecimalInteger(string text)
    {
        // Fast path: up to 18 digits always fit in a long.
        if (text.Length <= 18)
        {
            long v = 0;
            foreach (char c in text)
            {
                if (c != '_')
                {
                    v = (v * 10) + (c - '0');
                }
            }

            return NumberLiteralValue.FromLong(v);
        }

        string digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
        return NumberLiteralValue.FromInteger(BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static BigInteger ParsePowerOfTwoBase(ReadOnlySpan<char> digits, int bitsPerDigit)
    {
        // Accumulate up to 60 bits at a time, then shift them into the big value.
        BigInteger result = BigInteger.Zero;
        ulong chunk = 0;
        int chunkBits = 0;
        bool big = false;
        foreach (char c in digits)
        {
            if (c == '_')
            {
                continue;
            }

            int d = UnicodeEscapeDecoder.HexValue(c);
            chunk = (chunk << bitsPerDigit) | (uint)d;
            chunkBits += bitsPerDigit;
            if (chunkBits > 60 - bitsPerDigit)
            {
                result = big ? (result << chunkBits) | chunk : chunk;
                big = true;
                chunk = 0;
                chunkBits = 0;
            }
        }

        return big ? (result << chunkBits) | chunk : chunk;
    }

    private static double ParseDouble(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (c != '_')
            {
                buffer[n++] = c;
            }
        }

        // .NET Core 3.0+ parses IEEE-correctly rounded and overflows to infinity, as CPython does.
        return double.Parse(buffer[..n], NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
    }

    internal static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>A transcription of the number branch of CPython's <c>tok_get</c>.</summary>
    private ref struct NumberScanner
    {
        private const int Eof = -1;
        private readonly ReadOnlySpan<char> _text;
        private int _pos;
        private string? _warning;

        public NumberScanner(ReadOnlySpan<char> text)
        {
            _text = text;
            _pos = 0;
            _warning = null;
        }

        // The tokenizer sees a newline after the last line, so the end of the text reads as '\n'.
        private int Next()
        {
            int p = _pos++;
            if (p < _text.Length)
            {
                return _text[p];
            }

            return p == _text.Length ? '\n' : Eof;
        }

        private void Backup() => _pos--;

        private static bool IsHex(int c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

        // CPython 3.11 (the oracle) ends the number before a non-ASCII character without an error:
        // "1é" is the number 1 followed by a name.
        private static bool IsPotentialIdentifierChar(int c) =>
            c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

        private NumberScanResult Error(string message) => new(_pos, message, _pos - 1, _pos - 1, _warning);

        private NumberScanResult Done()
        {
            Backup();
            return new NumberScanResult(_pos, null, 0, 0, _warning);
        }

        // True when the keyword's remaining letters follow and no identifier character comes after them.
        private bool Lookahead(string rest)
        {
            int save = _pos;
            bool ok = true;
            foreach (char expected in rest)
            {
                if (Next() != expected)
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                int after = Next();
                ok = !(IsPotentialIdentifierChar(after) || after >= 128);
            }

            _pos = save;
            return ok;
        }

        // CPython checks only the second letter after an 'i' ("1ifx" warns too).
        private bool PeekIs(char expected)
        {
            int save = _pos;
            bool ok = Next() == expected;
            _pos = save;
            return ok;
        }

        /// <summary>Returns null when the number may end here, else the error.</summary>
        private NumberScanResult? VerifyEnd(int c, string kind)
        {
            bool keyword = c switch
            {
                'a' => Lookahead("nd"),
                'e' => Lookahead("lse"),
                'f' => Lookahead("or"),
                'i' => PeekIs('f') || PeekIs('n') || PeekIs('s'),
                'o' => Lookahead("r"),
                'n' => Lookahead("ot"),
                _ => false,
            };
            if (keyword)
            {
                _warning = $"invalid {kind} literal";
                return null;
            }

            if (IsPotentialIdentifierChar(c))
            {
                Backup();
                return Error($"invalid {kind} literal");
            }

            return null;
        }

        private int DecimalTail(out NumberScanResult? error)
        {
            error = null;
            int c;
            while (true)
            {
                do
                {
                    c = Next();
                }
                while (IsDigit(c));

                if (c != '_')
                {
                    break;
                }

                c = Next();
                if (!IsDigit(c))
                {
                    Backup();
                    error = Error("invalid decimal literal");
                    return 0;
                }
            }

            return c;
        }

        public NumberScanResult Scan()
        {
            NumberScanResult? err;
            int c = Next();
            if (c == '.')
            {
                c = Next();
                if (!IsDigit(c))
                {
                    throw new ArgumentException("The text does not start a number.");
                }

                return Fraction(c);
            }

            if (!IsDigit(c))
            {
                throw new ArgumentException("The text does not start a number.");
            }

            if (c != '0')
            {
                c = DecimalTail(out err);
                if (err is not null)
                {
                    return err.Value;
                }

                if (c == '.')
                {
                    return Fraction(Next());
                }

                return ExponentOrEnd(c);
            }

            c = Next();
            switch (c)
            {
                case 'x' or 'X':
                    c = Next();
                    do
                    {
                        if (c == '_')
                        {
                            c = Next();
                        }

                        if (!IsHex(c))
                        {
                            Backup();
                            return Error("invalid hexadecimal literal");
                        }

                        do
                        {
                            c = Next();
                        }
                        while (IsHex(c));
                    }
                    while (c == '_');

                    return VerifyEnd(c, "hexadecimal") ?? Done();

                case 'o' or 'O':
                case 'b' or 'B':
                    {
                        bool octal = c is 'o' or 'O';
                        string kind = octal ? "octal" : "binary";
                        char max = octal ? '7' : '1';
                        c = Next();
                        do
                        {
                            if (c == '_')
                            {
                                c = Next();
                            }

                            if (c < '0' || c > max)
                            {
                                if (IsDigit(c))
                                {
                                    return Error($"invalid digit '{(char)c}' in {kind} literal");
                                }

                                Backup();
                                return Error($"invalid {kind} literal");
                            }

                            do
                            {
                                c = Next();
                            }
                            while (c >= '0' && c <= max);
                        }
                        while (c == '_');

                        if (IsDigit(c))
                        {
                            return Error($"invalid digit '{(char)c}' in {kind} literal");
                        }

                        return VerifyEnd(c, kind) ?? Done();
                    }

                default:
                    {
                        bool nonZero = false;
                        while (true)
                        {
                            if (c == '_')
                            {
                                c = Next();
                                if (!IsDigit(c))
                                {
                                    Backup();
                                    return Error("invalid decimal literal");
                                }
                            }

                            if (c != '0')
                            {
                                break;
                            }

                            c = Next();
                        }

                        int zerosEnd = _pos;
                        if (IsDigit(c))
                        {
                            nonZero = true;
                            c = DecimalTail(out err);
                            if (err is not null)
                            {
                                return err.Value;
                            }
                        }

                        if (c == '.')
                        {
                            return Fraction(Next());
                        }

                        if (c is 'e' or 'E')
                        {
                            return Exponent(c);
                        }

                        if (c is 'j' or 'J')
                        {
                            return Imaginary();
                        }

                        if (nonZero)
                        {
                            Backup();
                            return new NumberScanResult(_pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0, zerosEnd - 1, _warning);
                        }

                        return VerifyEnd(c, "decimal") ?? Done();
                    }
            }
        }

        private NumberScanResult Fraction(int c)
        {
            if (IsDigit(c))
            {
                c = DecimalTail(out NumberScanResult? err);
                if (err is not null)
                {
                    return err.Value;
                }
            }

            return ExponentOrEnd(c);
        }

        private NumberScanResult ExponentOrEnd(int c)
        {
            if (c is 'e' or 'E')
            {
                return Exponent(c);
            }

            if (c is 'j' or 'J')
            {
                return Imaginary();
            }

            return VerifyEnd(c, "decimal") ?? Done();
        }

        private NumberScanResult Exponent(int e)
        {
            int c = Next();
            if (c is '+' or '-')
            {
                c = Next();
                if (!IsDigit(c))
                {
                    Backup();
                    return Error("invalid decimal literal");
                }
            }
            else if (!IsDigit(c))
            {
                Backup();
                NumberScanResult? bad = VerifyEnd(e, "decimal");
                if (bad is not null)
                {
                    return bad.Value;
                }

                // A keyword starting with 'e' follows ("1else"): the number ends before the 'e'.
                Backup();
                return new NumberScanResult(_pos, null, 0, 0, _warning);
            }

            c = DecimalTail(out NumberScanResult? err);
            if (err is not null)
            {
                return err.Value;
            }

            if (c is 'j' or 'J')
            {
                return Imaginary();
            }

            return VerifyEnd(c, "decimal") ?? Done();
        }

        private NumberScanResult Imaginary()
        {
            int c = Next();
            return VerifyEnd(c, "imaginary") ?? Done();
        }
    }
}
