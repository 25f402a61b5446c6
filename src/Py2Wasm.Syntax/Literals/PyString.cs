using System.Text;

namespace Py2Wasm.Syntax.Literals;

/// <summary>
/// An immutable Python <c>str</c> value with exact code-point semantics.
/// </summary>
/// <remarks>
/// Python strings are sequences of code points 0..0x10FFFF, including lone surrogates. A .NET string
/// cannot tell <c>"\ud83d\ude00"</c> (two code points) from <c>"\U0001F600"</c> (one), so a value
/// holding any surrogate code point keeps an array of code points; every other value keeps a
/// well-formed .NET string (the common case, with no extra allocation).
/// </remarks>
public sealed class PyString : IEquatable<PyString>, IComparable<PyString>
{
    private readonly string? _text;
    private readonly int[]? _codePoints;
    private readonly bool _isBmpOnly;

    /// <summary>The empty string.</summary>
    public static PyString Empty { get; } = new PyString(string.Empty, 0, isBmpOnly: true);

    private PyString(string text, int length, bool isBmpOnly)
    {
        _text = text;
        Length = length;
        _isBmpOnly = isBmpOnly;
    }

    private PyString(int[] codePoints)
    {
        _codePoints = codePoints;
        Length = codePoints.Length;
    }

    /// <summary>Number of code points (Python's <c>len</c>).</summary>
    public int Length { get; }

    /// <summary>
    /// True when the value contains at least one surrogate code point (U+D800..U+DFFF), which a .NET
    /// string cannot represent unambiguously.
    /// </summary>
    public bool HasSurrogateCodePoints => _codePoints is not null;

    /// <summary>The code point at <paramref name="index"/> (0-based, in code points).</summary>
    /// <param name="index">Index in code points.</param>
    public int this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            if (_codePoints is not null)
            {
                return _codePoints[index];
            }

            if (_isBmpOnly)
            {
                return _text![index];
            }

            int i = 0;
            foreach (int cp in EnumerateCodePoints())
            {
                if (i++ == index)
                {
                    return cp;
                }
            }

            throw new InvalidOperationException("unreachable");
        }
    }

    /// <summary>
    /// Creates a value from a .NET string: surrogate pairs become one code point, lone surrogates
    /// stay lone surrogate code points.
    /// </summary>
    /// <param name="text">The UTF-16 text.</param>
    public static PyString FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return Empty;
        }

        int length = 0;
        bool bmpOnly = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bmpOnly = false;
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return new PyString(ToCodePointArray(text));
            }

            length++;
        }

        return new PyString(text, length, bmpOnly);
    }

    /// <summary>Creates a value from code points (each must be in 0..0x10FFFF).</summary>
    /// <param name="codePoints">The code points, surrogates allowed.</param>
    public static PyString FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        if (codePoints.IsEmpty)
        {
            return Empty;
        }

        bool bmpOnly = true;
        int utf16Length = 0;
        foreach (int cp in codePoints)
        {
            if ((uint)cp > 0x10FFFF)
            {
                throw new ArgumentOutOfRangeException(nameof(codePoints), $"0x{cp:X} is not a code point.");
            }

            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                return new PyString(codePoints.ToArray());
            }

            if (cp > 0xFFFF)
            {
                bmpOnly = false;
                utf16Length += 2;
            }
            else
            {
                utf16Length++;
            }
        }

        var sb = new StringBuilder(utf16Length);
        foreach (int cp in codePoints)
        {
            AppendUtf16(sb, cp);
        }

        return new PyString(sb.ToString(), codePoints.Length, bmpOnly);
    }

    /// <summary>
    /// Concatenates values (implicit concatenation of adjacent literals, f-string pieces). Code points are
    /// kept exactly: <c>"\ud83d" + "\ude00"</c> stays two code points.
    /// </summary>
    /// <param name="values">The values, in order.</param>
    public static PyString Concat(IEnumerable<PyString> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values as IReadOnlyList<PyString> ?? values.ToList();
        if (list.Count == 0)
        {
            return Empty;
        }

        if (list.Count == 1)
        {
            return list[0];
        }

        bool surrogates = false;
        int length = 0;
        bool bmpOnly = true;
        foreach (PyString value in list)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            surrogates |= value.HasSurrogateCodePoints;
            bmpOnly &= value._isBmpOnly;
            length += value.Length;
        }

        if (surrogates)
        {
            var codePoints = new int[length];
            int at = 0;
            foreach (PyString value in list)
            {
                foreach (int cp in value.EnumerateCodePoints())
                {
                    codePoints[at++] = cp;
                }
            }

            return new PyString(codePoints);
        }

        // Well-formed strings without surrogate code points concatenate to a well-formed string.
        return new PyString(string.Concat(list.Select(v => v._text)), length, bmpOnly);
    }

    /// <summary>Concatenates values; see <see cref="Concat(IEnumerable{PyString})"/>.</summary>
    /// <param name="values">The values, in order.</param>
    public static PyString Concat(params PyString[] values) => Concat((IEnumerable<PyString>)values);

    /// <summary>
    /// Returns the value as a .NET string. Surrogate code points become the corresponding UTF-16 code
    /// units, so this is lossy exactly when <see cref="HasSurrogateCodePoints"/> is true.
    /// </summary>
    public override string ToString()
    {
        if (_text is not null)
        {
            return _text;
        }

        var sb = new StringBuilder(_codePoints!.Length);
        foreach (int cp in _codePoints)
        {
            AppendUtf16(sb, cp);
        }

        return sb.ToString();
    }

    /// <summary>Gets the value as a well-formed .NET string when it has no surrogate code points.</summary>
    /// <param name="text">The text, or null when the value holds surrogate code points.</param>
    /// <returns>True when <paramref name="text"/> represents the value exactly.</returns>
    public bool TryGetString([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        text = _text;
        return text is not null;
    }

    /// <summary>Returns the code points as a new array.</summary>
    public int[] ToCodePoints()
    {
        if (_codePoints is not null)
        {
            return (int[])_codePoints.Clone();
        }

        return ToCodePointArray(_text!);
    }

    /// <summary>Enumerates the code points in order.</summary>
    public IEnumerable<int> EnumerateCodePoints()
    {
        if (_codePoints is not null)
        {
            foreach (int cp in _codePoints)
            {
                yield return cp;
            }

            yield break;
        }

        string text = _text!;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return char.ConvertToUtf32(c, text[++i]);
            }
            else
            {
                yield return c;
            }
        }
    }

    /// <inheritdoc/>
    public bool Equals(PyString? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (_text is not null && other._text is not null)
        {
            return string.Equals(_text, other._text, StringComparison.Ordinal);
        }

        if (_codePoints is not null && other._codePoints is not null)
        {
            return _codePoints.AsSpan().SequenceEqual(other._codePoints);
        }

        // One side has surrogate code points and the other cannot have any.
        return false;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PyString);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (int cp in EnumerateCodePoints())
        {
            hash.Add(cp);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares by code points, as Python orders strings.</summary>
    /// <param name="other">The other value.</param>
    public int CompareTo(PyString? other)
    {
        if (other is null)
        {
            return 1;
        }

        using var a = EnumerateCodePoints().GetEnumerator();
        using var b = other.EnumerateCodePoints().GetEnumerator();
        while (true)
        {
            bool hasA = a.MoveNext();
            bool hasB = b.MoveNext();
            if (!hasA || !hasB)
            {
                return hasA.CompareTo(hasB);
            }

            int c = a.Current.CompareTo(b.Current);
            if (c != 0)
            {
                return c;
            }
        }
    }

    /// <summary>Code-point equality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator ==(PyString? left, PyString? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Code-point inequality.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator !=(PyString? left, PyString? right) => !(left == right);

    /// <summary>Code-point order: less than.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator <(PyString? left, PyString? right) => Compare(left, right) < 0;

    /// <summary>Code-point order: less than or equal.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator <=(PyString? left, PyString? right) => Compare(left, right) <= 0;

    /// <summary>Code-point order: greater than.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator >(PyString? left, PyString? right) => Compare(left, right) > 0;

    /// <summary>Code-point order: greater than or equal.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    public static bool operator >=(PyString? left, PyString? right) => Compare(left, right) >= 0;

    private static int Compare(PyString? left, PyString? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    internal static void AppendUtf16(StringBuilder sb, int cp)
    {
        if (cp > 0xFFFF)
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10)));
            sb.Append((char)(0xDC00 + (cp & 0x3FF)));
        }
        else
        {
            sb.Append((char)cp);
        }
    }

    private static int[] ToCodePointArray(string text)
    {
        var list = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                list.Add(char.ConvertToUtf32(c, text[++i]));
            }
            else
            {
                list.Add(c);
            }
        }

        return list.ToArray();
    }
}
