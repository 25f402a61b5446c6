using System.Globalization;
using System.Text;

namespace Py2Wasm.Emit.Rust;

/// <summary>Rust spellings of literal values. Everything is escaped so that no source text can end a literal early.</summary>
internal static class RustLiterals
{
    /// <summary>A Rust string literal (<c>"..."</c>) for a sequence of Unicode scalar values. Only printable ASCII is kept verbatim.</summary>
    public static string Str(string text)
    {
        var sb = new StringBuilder(text.Length + 2);
        sb.Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            int c = rune.Value;
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c >= 0x20 && c < 0x7F)
                    {
                        sb.Append((char)c);
                    }
                    else
                    {
                        sb.Append("\\u{").Append(c.ToString("x", CultureInfo.InvariantCulture)).Append('}');
                    }
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>A Rust byte-string literal (<c>b"..."</c>).</summary>
    public static string Bytes(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length + 3);
        sb.Append("b\"");
        foreach (var b in bytes)
        {
            if (b == '"' || b == '\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b >= 0x20 && b < 0x7F)
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>A Rust <c>f64</c> expression with exactly the value <paramref name="value"/>.</summary>
    public static string F64(double value)
    {
        if (double.IsPositiveInfinity(value))
        {
            return "f64::INFINITY";
        }
        if (double.IsNegativeInfinity(value))
        {
            return "f64::NEG_INFINITY";
        }
        if (double.IsNaN(value))
        {
            return "f64::NAN";
        }
        var s = value.ToString("R", CultureInfo.InvariantCulture);
        if (!s.Contains('.') && !s.Contains('E'))
        {
            s += ".0";
        }
        return s.Replace("E", "e", StringComparison.Ordinal) + "_f64";
    }

    /// <summary>A Rust <c>i64</c> literal.</summary>
    public static string I64(long value) =>
        value == long.MinValue ? "i64::MIN" : value.ToString(CultureInfo.InvariantCulture) + (value < 0 ? "" : "");
}
