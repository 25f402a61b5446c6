using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Syntax.Tests.Literals;

public class StringLiteralTests
{
    private static void CheckRow(Failures failures, string shown, StringLiteralValue actual, string[] row, int kindIndex)
    {
        string kind = row[kindIndex];
        var expectedWarnings = new List<string>();
        for (int i = kindIndex + 2; i + 1 < row.Length; i += 2)
        {
            if (row[i] == "warn")
            {
                expectedWarnings.Add(OracleData.Unescape(row[i + 1]));
            }
        }

        switch (kind)
        {
            case "error":
                failures.Check(actual.Error?.Message == OracleData.Unescape(row[kindIndex + 1]), () => $"{shown}: expected error {row[kindIndex + 1]}, got {actual.Error?.Message ?? "no error"}");
                break;
            case "str":
            case "ok":
                {
                    int[] expected = OracleData.CodePoints(row[kindIndex + 1]);
                    int[]? got = actual.Text?.ToCodePoints();
                    failures.Check(got is not null && got.AsSpan().SequenceEqual(expected),
                        () => $"{shown}: expected {row[kindIndex + 1]}, got {(got is null ? actual.Error?.Message : OracleData.Show(got))}");
                    failures.Check(actual.Text is not null && actual.Text.Equals(PyString.FromCodePoints(expected)), () => $"{shown}: PyString equality");
                    break;
                }

            case "bytes":
                {
                    byte[] expected = OracleData.Bytes(row[kindIndex + 1]);
                    failures.Check(actual.Bytes is not null && actual.Bytes.AsSpan().SequenceEqual(expected),
                        () => $"{shown}: expected bytes {row[kindIndex + 1]}, got {(actual.Bytes is null ? actual.Error?.Message : Convert.ToHexString(actual.Bytes))}");
                    break;
                }

            default:
                failures.Add($"bad kind {kind}");
                return;
        }

        string[] gotWarnings = actual.Warnings.Select(w => w.Message).ToArray();
        failures.Check(gotWarnings.SequenceEqual(expectedWarnings),
            () => $"{shown}: warnings expected [{string.Join("; ", expectedWarnings)}], got [{string.Join("; ", gotWarnings)}]");
    }

    [Fact]
    public void DecodeMatchesCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("string_literals.txt"))
        {
            string text = OracleData.Text(row[0]);
            StringLiteralValue actual = StringLiteral.Decode(text);
            CheckRow(failures, row[0], actual, row, 1);
        }

        failures.AssertNone();
    }

    [Fact]
    public void FStringMiddleMatchesCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("fstring_middles.txt"))
        {
            string prefix = row[0];
            string body = OracleData.Text(row[2]);
            StringLiteralValue actual = StringLiteral.DecodeFStringMiddle(body, prefix.Contains('r', StringComparison.OrdinalIgnoreCase));
            CheckRow(failures, prefix + " " + row[2], actual, row, 3);
        }

        failures.AssertNone();
    }

    [Fact]
    public void NamedEscapesMatchCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("unicode_names.txt"))
        {
            StringLiteralValue actual = StringLiteral.Decode("\"\\N{" + row[0] + "}\"");
            CheckRow(failures, row[0], actual, row, 1);
        }

        failures.AssertNone();
    }

    [Fact]
    public void EveryNameInTheTableIsFound()
    {
        var failures = new Failures();
        bool aliases = false;
        int cp = 0;
        foreach (string line in UnicodeNames.ReadTableText().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                aliases = line.StartsWith("# aliases", StringComparison.Ordinal);
                continue;
            }

            int space = line.IndexOf(' ');
            int number = int.Parse(line[..space], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            cp = aliases ? number : cp + number;
            string name = line[(space + 1)..];
            failures.Check(UnicodeNames.TryLookup(name, out int found) && found == cp, () => $"{name}: {found:X}");
            failures.Check(UnicodeNames.TryLookup(name.ToLowerInvariant(), out found) && found == cp, () => $"{name} (lower case)");
        }

        failures.AssertNone();
    }

    [Fact]
    public void WarningAndErrorOffsetsPointIntoTheToken()
    {
        // The offending escape is where the offsets say it is (the texts come from the oracle data).
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("string_literals.txt"))
        {
            string text = OracleData.Text(row[0]);
            StringLiteralValue actual = StringLiteral.Decode(text);
            foreach (LiteralWarning w in actual.Warnings)
            {
                failures.Check(w.Offset >= 0 && w.Offset + w.Length <= text.Length && text[w.Offset] == '\\',
                    () => $"{row[0]}: warning offset {w.Offset} length {w.Length}");
            }

            if (actual.Error is { } e)
            {
                failures.Check(e.Offset >= 0 && e.Length > 0 && e.Offset + e.Length <= text.Length,
                    () => $"{row[0]}: error offset {e.Offset} length {e.Length}");
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void UnterminatedTokensDecodeToTheEnd()
    {
        // Error recovery: a token without its closing quote decodes like the complete token minus the quote.
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("string_literals.txt"))
        {
            string text = OracleData.Text(row[0]);
            StringLiteral.ParsePrefix(text, out int prefixLength);
            char q = text[prefixLength];
            bool triple = text.Length - prefixLength >= 6 && text[prefixLength + 1] == q && text[prefixLength + 2] == q;
            int quote = triple ? 3 : 1;
            string body = text[(prefixLength + quote)..^quote];
            if (body.Length == 0 || body[^1] == q || body[^1] == '\\' || row[1] == "error")
            {
                continue;
            }

            StringLiteralValue complete = StringLiteral.Decode(text);
            StringLiteralValue unterminated = StringLiteral.Decode(text[..^quote]);
            failures.Check(
                complete.Text == unterminated.Text &&
                (complete.Bytes is null ? unterminated.Bytes is null : unterminated.Bytes is not null && complete.Bytes.AsSpan().SequenceEqual(unterminated.Bytes)),
                () => $"{row[0]}: unterminated decodes differently");
        }

        failures.AssertNone();
    }

    [Fact]
    public void ConcatenationKeepsCodePoints()
    {
        // Adjacent literals: the value is the concatenation of the oracle's code points.
        List<string[]> rows = OracleData.Read("string_literals.txt").Where(r => r[1] == "str").ToList();
        var random = new Random(1234);
        var failures = new Failures();
        for (int i = 0; i < 3000; i++)
        {
            string[][] parts = Enumerable.Range(0, random.Next(0, 4)).Select(_ => rows[random.Next(rows.Count)]).ToArray();
            PyString joined = PyString.Concat(parts.Select(p => StringLiteral.Decode(OracleData.Text(p[0])).Text!));
            int[] expected = parts.SelectMany(p => OracleData.CodePoints(p[2])).ToArray();
            failures.Check(joined.Length == expected.Length && joined.ToCodePoints().AsSpan().SequenceEqual(expected) &&
                           joined.Equals(PyString.FromCodePoints(expected)) && joined.GetHashCode() == PyString.FromCodePoints(expected).GetHashCode(),
                () => $"{string.Join(" + ", parts.Select(p => p[0]))}");
            for (int k = 0; k < expected.Length; k++)
            {
                failures.Check(joined[k] == expected[k], "index {0}", k);
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void SurrogatePairEscapesStayTwoCodePoints()
    {
        // Values from the oracle data: '\ud83d\ude00' is two code points and differs from '\U0001F600'.
        var rows = OracleData.Read("string_literals.txt");
        string pair = rows.Select(r => OracleData.Text(r[0])).First(t => t == "'\\ud83d\\ude00'");
        string single = rows.Select(r => OracleData.Text(r[0])).First(t => t == "'\\U0001F600'");
        PyString a = StringLiteral.Decode(pair).Text!;
        PyString b = StringLiteral.Decode(single).Text!;
        Assert.Equal(2, a.Length);
        Assert.Equal(1, b.Length);
        Assert.True(a.HasSurrogateCodePoints);
        Assert.False(b.HasSurrogateCodePoints);
        Assert.NotEqual(a, b);
        Assert.False(a.TryGetString(out _));
        Assert.True(b.TryGetString(out string? text));
        Assert.Equal(a.ToString(), text); // the lossy .NET view is the same UTF-16
        Assert.Equal(b, PyString.FromString(text));
        Assert.Equal(PyString.FromCodePoints(a.ToCodePoints()), a);
        Assert.Equal(PyString.FromCodePoints(a.ToCodePoints()).GetHashCode(), a.GetHashCode());
        Assert.Equal(b[0], char.ConvertToUtf32(text, 0));
        Assert.True(a.CompareTo(b) < 0); // Python: '\ud83d\ude00' < '\U0001F600'
    }
}
