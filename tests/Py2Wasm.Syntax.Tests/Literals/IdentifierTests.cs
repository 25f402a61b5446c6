using System.Globalization;
using System.Text;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Syntax.Tests.Literals;

public class IdentifierTests
{
    [Fact]
    public void IdentifierTablesMatchCPythonForEveryCodePoint()
    {
        var start = new bool[0x110000];
        var part = new bool[0x110000];
        foreach (string[] row in OracleData.Read("identifier_ranges.txt"))
        {
            bool[] target = row[0] == "start" ? start : part;
            int from = int.Parse(row[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            int to = int.Parse(row[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            for (int c = from; c <= to; c++)
            {
                target[c] = true;
            }
        }

        var failures = new Failures();
        for (int c = 0; c < 0x110000; c++)
        {
            failures.Check(PyIdentifier.IsIdentifierStart(c) == start[c], "start U+{0:X4}", c);
            failures.Check(PyIdentifier.IsIdentifierPart(c) == part[c], "part U+{0:X4}", c);
        }

        failures.AssertNone();
    }

    [Fact]
    public void NfkcMatchesCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("nfkc.txt"))
        {
            string input = OracleData.Text(row[0]);
            string expected = OracleData.Text(row[1]);
            string actual = PyIdentifier.Normalize(input);
            failures.Check(actual == expected, () => $"{row[0]}: expected {row[1]}, got {OracleData.Show(PyString.FromString(actual).ToCodePoints())}");
        }

        failures.AssertNone();
    }

    [Fact]
    public void NfkcLeavesEveryOtherCodePointAlone()
    {
        // nfkc.txt lists every single code point that CPython's NFKC changes; all others map to themselves.
        var changed = new HashSet<int>();
        foreach (string[] row in OracleData.Read("nfkc.txt"))
        {
            int[] input = OracleData.CodePoints(row[0]);
            if (input.Length == 1 && !input.SequenceEqual(OracleData.CodePoints(row[1])))
            {
                changed.Add(input[0]);
            }
        }

        Assert.True(changed.Count > 1000, $"only {changed.Count} changed code points listed");
        var failures = new Failures();
        for (int c = 0; c < 0x110000; c++)
        {
            if (changed.Contains(c) || c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string text = char.ConvertFromUtf32(c);
            failures.Check(PyIdentifier.Normalize(text) == text, "U+{0:X4} changed", c);
        }

        failures.AssertNone();
    }

    [Fact]
    public void NetNormalizeDoesNotMatchUnderInvariantGlobalization()
    {
        // Why we carry our own tables: with InvariantGlobalization .NET leaves non-ASCII text as is,
        // while CPython maps the first oracle case (a compatibility character) to something else.
        string[] row = OracleData.Read("nfkc.txt").First(r => OracleData.CodePoints(r[0]).Single() >= 0x80);
        string input = OracleData.Text(row[0]);
        Assert.NotEqual(OracleData.Text(row[1]), input.Normalize(NormalizationForm.FormKC));
        Assert.Equal(OracleData.Text(row[1]), PyIdentifier.Normalize(input));
    }

    [Fact]
    public void AsciiNamesAreReturnedAsIs()
    {
        string name = string.Concat("snake", "_case_", "42");
        Assert.Same(name, PyIdentifier.Normalize(name));
        Assert.True(PyIdentifier.IsIdentifier(name));
        Assert.False(PyIdentifier.IsIdentifier("4" + name));
    }
}
