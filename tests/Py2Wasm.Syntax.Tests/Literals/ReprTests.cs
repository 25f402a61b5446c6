using System.Globalization;
using System.Numerics;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Syntax.Tests.Literals;

public class ReprTests
{
    [Fact]
    public void FloatReprMatchesCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("float_repr.txt"))
        {
            double value = OracleData.Double(row[0]);
            string actual = PyRepr.Float(value);
            failures.Check(actual == row[1], () => $"{row[0]}: expected {row[1]}, got {actual}");
        }

        failures.AssertNone();
    }

    [Fact]
    public void ComplexReprMatchesCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("complex_repr.txt"))
        {
            string[] parts = row[0].Split(' ');
            string actual = PyRepr.Complex(OracleData.Double(parts[0]), OracleData.Double(parts[1]));
            failures.Check(actual == row[1], () => $"{row[0]}: expected {row[1]}, got {actual}");
        }

        failures.AssertNone();
    }

    [Fact]
    public void IntReprAndDigitLimitMatchCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("int_repr.txt"))
        {
            bool negative = row[0].StartsWith('-');
            BigInteger value = BigInteger.Parse("0" + row[0].TrimStart('-'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (negative)
            {
                value = -value;
            }

            bool limited = PyRepr.CheckIntStrDigitsLimit(value) is not null;
            failures.Check(limited == (row[1] == "limit"), () => $"{row[0][..Math.Min(20, row[0].Length)]}: limit expected {row[1]}");
            if (row[1] == "ok")
            {
                string actual = PyRepr.Int(value);
                failures.Check(actual == row[2], () => $"{row[0][..Math.Min(20, row[0].Length)]}: repr differs");
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void StrReprOfEveryCodePointMatchesCPython()
    {
        // Each range says how CPython 3.11 prints repr(chr(c)) for every c in it: P = the character
        // itself between quotes, E = the \x/\u/\U escape, S = a special repr given as code points.
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("str_repr_ranges.txt"))
        {
            int start = int.Parse(row[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            int end = int.Parse(row[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            for (int c = start; c <= end; c++)
            {
                string actual = PyRepr.Str(PyString.FromCodePoints([c]));
                string expected = row[2] switch
                {
                    "P" => "'" + char.ConvertFromUtf32(c) + "'",
                    "E" => c <= 0xFF ? $"'\\x{c:x2}'" : c <= 0xFFFF ? $"'\\u{c:x4}'" : $"'\\U{c:x8}'",
                    _ => OracleData.Text(row[2][2..]),
                };
                failures.Check(actual == expected, "U+{0:X4}: repr differs", c);
                bool printable = row[2] == "P" || (row[2] != "E" && c >= 0x20 && c < 0x7F);
                failures.Check(PyRepr.IsPrintable(c) == printable, "U+{0:X4}: isprintable differs", c);
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void StrReprOfMixedStringsMatchesCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("str_repr.txt"))
        {
            string actual = PyRepr.Str(PyString.FromCodePoints(OracleData.CodePoints(row[0])));
            string expected = OracleData.Text(row[1]);
            failures.Check(actual == expected, () => $"{row[0]}: expected {row[1]}, got {actual}");
        }

        failures.AssertNone();
    }

    [Fact]
    public void ConstantReprDispatchesLikeAstDump()
    {
        // Values and their expected reprs both come from the oracle files.
        string[] f = OracleData.Read("float_repr.txt")[1];
        Assert.Equal(f[1], PyRepr.Constant(OracleData.Double(f[0])));
        string[] c = OracleData.Read("complex_repr.txt")[20];
        string[] parts = c[0].Split(' ');
        Assert.Equal(c[1], PyRepr.Constant(new System.Numerics.Complex(OracleData.Double(parts[0]), OracleData.Double(parts[1]))));
        string[] b = OracleData.Read("bytes_repr.txt")[300];
        Assert.Equal(b[1], PyRepr.Constant(OracleData.Bytes(b[0])));
        string[] s = OracleData.Read("str_repr.txt")[5];
        Assert.Equal(OracleData.Text(s[1]), PyRepr.Constant(PyString.FromCodePoints(OracleData.CodePoints(s[0]))));
        string[] n = OracleData.Read("number_literals.txt").First(r => r[1] == "int" && r[0].Length > 25);
        NumberLiteralValue value = NumberLiteral.Parse(n[0]);
        Assert.Equal(PyRepr.Int(value.Integer), PyRepr.Constant(value));
        Assert.Equal(PyRepr.None, PyRepr.Constant(null));
        Assert.Equal(PyRepr.True, PyRepr.Constant(true));
        Assert.Equal(PyRepr.Ellipsis, PyRepr.Constant(PyEllipsis.Value));
        Assert.Throws<ArgumentException>(() => PyRepr.Constant(new object()));
    }

    [Fact]
    public void BytesReprMatchesCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("bytes_repr.txt"))
        {
            string actual = PyRepr.Bytes(OracleData.Bytes(row[0]));
            failures.Check(actual == row[1], () => $"{row[0]}: expected {row[1]}, got {actual}");
        }

        failures.AssertNone();
    }
}
