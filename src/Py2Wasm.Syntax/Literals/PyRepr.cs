using System.Globalization;
using System.Numerics;
using System.Text;

namespace Py2Wasm.Syntax.Literals;

/// <summary>
/// Python's <c>repr</c> of constant values, character for character as CPython 3.11 prints them
/// (used to render <c>ast.Constant</c> like <c>ast.dump</c> and by the emitter).
/// </summary>
public static class PyRepr
{
    /// <summary><c>repr(None)</c>.</summary>
    public const string None = "None";

    /// <summary><c>repr(True)</c>.</summary>
    public const string True = "True";

    /// <summary><c>repr(False)</c>.</summary>
    public const string False = "False";

    /// <summary><c>repr(...)</c>.</summary>
    public const string Ellipsis = "Ellipsis";

    private const string HexDigits = "0123456789abcdef";

    /// <summary>
    /// <c>repr</c> of a constant as <c>ast.dump</c> prints an <c>ast.Constant</c> value: null (None), bool,
    /// int/long/<see cref="BigInteger"/>, double, <see cref="System.Numerics.Complex"/>, <see cref="PyString"/>,
    /// string, byte[], <see cref="NumberLiteralValue"/> or <see cref="PyEllipsis"/>.
    /// </summary>
    /// <param name="value">The constant.</param>
    /// <exception cref="ArgumentException">The value is of none of these types.</exception>
    public static string Constant(object? value) => value switch
    {
        null => None,
        bool b => Bool(b),
        int i => Int(i),
        long l => Int(l),
        BigInteger big => Int(big),
        double d => Float(d),
        System.Numerics.Complex c => Complex(c.Real, c.Imaginary),
        PyString s => Str(s),
        string s => Str(s),
        byte[] bytes => Bytes(bytes),
        NumberLiteralValue n => n.ToString(),
        PyEllipsis => Ellipsis,
        _ => throw new ArgumentException($"{value.GetType()} is not a Python constant type.", nameof(value)),
    };

    /// <summary><c>repr</c> of a bool.</summary>
    /// <param name="value">The value.</param>
    public static string Bool(bool value) => value ? True : False;

    /// <summary>
    /// <c>str.isprintable()</c> of a single code point, per CPython 3.11's Unicode database: false for
    /// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space.
    /// </summary>
    /// <param name="codePoint">A code point.</param>
    public static bool IsPrintable(int codePoint)
    {
        if ((uint)codePoint < 128)
        {
            return codePoint is >= 0x20 and < 0x7F;
        }

        return !UnicodeRanges.Contains(UnicodeTables.NonPrintableRanges, codePoint);
    }

    /// <summary><c>repr</c> of a str.</summary>
    /// <param name="value">The value.</param>
    public static string Str(PyString value)
    {
        ArgumentNullException.ThrowIfNull(value);
        bool single = false;
        bool dbl = false;
        foreach (int cp in value.EnumerateCodePoints())
        {
            single |= cp == '\'';
            dbl |= cp == '"';
        }

        char quote = single && !dbl ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 2);
        sb.Append(quote);
        foreach (int cp in value.EnumerateCodePoints())
        {
            if (cp == quote || cp == '\\')
            {
                sb.Append('\\').Append((char)cp);
            }
            else if (cp == '\t')
            {
                sb.Append("\\t");
            }
            else if (cp == '\n')
            {
                sb.Append("\\n");
            }
            else if (cp == '\r')
            {
                sb.Append("\\r");
            }
            else if (cp < ' ' || cp == 0x7F)
            {
                AppendHex(sb, 'x', cp, 2);
            }
            else if (cp < 0x7F || IsPrintable(cp))
            {
                PyString.AppendUtf16(sb, cp);
            }
            else if (cp <= 0xFF)
            {
                AppendHex(sb, 'x', cp, 2);
            }
            else if (cp <= 0xFFFF)
            {
                AppendHex(sb, 'u', cp, 4);
            }
            else
            {
                AppendHex(sb, 'U', cp, 8);
            }
        }

        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary><c>repr</c> of a str given as a .NET string (lone surrogates are lone code points).</summary>
    /// <param name="value">The value.</param>
    public static string Str(string value) => Str(PyString.FromString(value));

    /// <summary><c>repr</c> of a bytes value.</summary>
    /// <param name="value">The value.</param>
    public static string Bytes(ReadOnlySpan<byte> value)
    {
        bool single = value.Contains((byte)'\'');
        bool dbl = value.Contains((byte)'"');
        char quote = single && !dbl ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte b in value)
        {
            if (b == quote || b == '\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b < ' ' || b >= 0x7F)
            {
                AppendHex(sb, 'x', b, 2);
            }
            else
            {
                sb.Append((char)b);
            }
        }

        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>
    /// <c>repr</c> of an int of any size. (CPython refuses <c>str()</c>/<c>repr()</c> past 4300 digits by
    /// default; that is a separate check, <see cref="CheckIntStrDigitsLimit"/>.)
    /// </summary>
    /// <param name="value">The value.</param>
    public static string Int(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>repr</c> of an int that fits in a long.</summary>
    /// <param name="value">The value.</param>
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The ValueError message CPython 3.11 raises for <c>str(value)</c> with the default
    /// <c>sys.get_int_max_str_digits()</c> of 4300, or null when the conversion is allowed.
    /// </summary>
    /// <param name="value">The value.</param>
    public static string? CheckIntStrDigitsLimit(BigInteger value)
    {
        BigInteger magnitude = BigInteger.Abs(value);
        // Quick accept: below 10^4300 for sure when the bit length is small enough.
        long bits = (long)magnitude.GetBitLength();
        if (bits <= 14280)
        {
            return null;
        }

        if (magnitude < BigInteger.Pow(10, NumberLiteral.MaxStrDigits))
        {
            return null;
        }

        return $"Exceeds the limit ({NumberLiteral.MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
    }

    /// <summary>
    /// <c>repr</c> of a float: the shortest string that round-trips, in CPython's layout
    /// (<c>1e+16</c>, <c>1e-05</c>, <c>0.1</c>, <c>1.0</c>, <c>inf</c>, <c>nan</c>, <c>-0.0</c>).
    /// </summary>
    /// <param name="value">The value.</param>
    public static string Float(double value) => FormatShortest(value, addDotZero: true, forceSign: false);

    /// <summary>
    /// <c>repr</c> of a complex: <c>1j</c>, <c>(1+2j)</c>, <c>-0j</c>, <c>(-0-0j)</c>, <c>infj</c>, <c>(nan+nanj)</c>.
    /// </summary>
    /// <param name="real">The real part.</param>
    /// <param name="imaginary">The imaginary part.</param>
    public static string Complex(double real, double imaginary)
    {
        if (real == 0 && !double.IsNegative(real))
        {
            return FormatShortest(imaginary, addDotZero: false, forceSign: false) + "j";
        }

        return "(" + FormatShortest(real, addDotZero: false, forceSign: false) +
               FormatShortest(imaginary, addDotZero: false, forceSign: true) + "j)";
    }

    /// <summary>CPython's <c>PyOS_double_to_string(x, 'r', 0, flags)</c>.</summary>
    private static string FormatShortest(double value, bool addDotZero, bool forceSign)
    {
        if (double.IsNaN(value))
        {
            return forceSign ? "+nan" : "nan";
        }

        bool negative = double.IsNegative(value);
        string sign = negative ? "-" : forceSign ? "+" : string.Empty;
        if (double.IsInfinity(value))
        {
            return sign + "inf";
        }

        // .NET Core 3.0+ prints the shortest round-trip digits (closest to the value when there is a
        // choice); only the layout differs from CPython's, so take digits and exponent and lay them out.
        double magnitude = Math.Abs(value);
        string r = magnitude.ToString("R", CultureInfo.InvariantCulture);
        if (double.Parse(r, CultureInfo.InvariantCulture) != magnitude)
        {
            // .NET misses at some powers of two (the lower neighbour is closer there); take the
            // shortest correctly rounded precision that round-trips instead.
            for (int precision = 1; precision <= 17; precision++)
            {
                r = magnitude.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                if (double.Parse(r, CultureInfo.InvariantCulture) == magnitude)
                {
                    break;
                }
            }
        }

        int ePos = r.IndexOf('E');
        int exponent = 0;
        string mantissa = r;
        if (ePos >= 0)
        {
            exponent = int.Parse(r.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r[..ePos];
        }

        int dot = mantissa.IndexOf('.');
        string intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        string fracPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        string digits = intPart + fracPart;
        int decpt = intPart.Length + exponent; // value = 0.DIGITS * 10^decpt
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..];
        decpt -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
            decpt = 1;
        }

        var sb = new StringBuilder(sign, 32);
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            int e = decpt - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+');
            sb.Append(Math.Abs(e).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero)
            {
                sb.Append(".0");
            }
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }

        return sb.ToString();
    }

    private static void AppendHex(StringBuilder sb, char kind, int value, int width)
    {
        sb.Append('\\').Append(kind);
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4)
        {
            sb.Append(HexDigits[(value >> shift) & 0xF]);
        }
    }
}

/// <summary>The Python <c>Ellipsis</c> constant (<c>...</c>), for constant values held as objects.</summary>
public sealed class PyEllipsis
{
    private PyEllipsis()
    {
    }

    /// <summary>The single instance.</summary>
    public static PyEllipsis Value { get; } = new();

    /// <summary>Returns <c>Ellipsis</c>, Python's repr.</summary>
    public override string ToString() => PyRepr.Ellipsis;
}
