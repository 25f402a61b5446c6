using System.Globalization;
using System.Numerics;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Syntax.Tests.Literals;

public class NumberLiteralTests
{
    [Fact]
    public void ScanParseAndValidateMatchCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("number_literals.txt"))
        {
            string text = row[0];
            string shown = text.Length > 40 ? text[..40] + "..." : text;
            NumberScanResult scan = NumberLiteral.Scan(text);
            switch (row[1])
            {
                case "error" when row[4].StartsWith("Exceeds the limit", StringComparison.Ordinal):
                    failures.Check(scan.IsValid && scan.Length == text.Length, () => $"{shown}: scan should pass");
                    failures.Check(NumberLiteral.CheckIntegerDigitLimit(text) == row[4], () => $"{shown}: limit message {NumberLiteral.CheckIntegerDigitLimit(text)}");
                    failures.Check(NumberLiteral.Validate(text) == row[4], () => $"{shown}: validate {NumberLiteral.Validate(text)}");
                    break;
                case "error":
                    {
                        int start = int.Parse(row[2], CultureInfo.InvariantCulture);
                        int end = int.Parse(row[3], CultureInfo.InvariantCulture);
                        if (scan.IsValid && scan.Length < text.Length && start >= scan.Length)
                        {
                            // The error belongs to a later token; our number token is fine.
                            failures.Case();
                            break;
                        }

                        failures.Check(scan.ErrorMessage == row[4] && scan.ErrorStart == start && scan.ErrorEnd == end,
                            () => $"{shown}: expected {row[4]} @{start},{end}; got {scan.ErrorMessage ?? "valid"} @{scan.ErrorStart},{scan.ErrorEnd} len {scan.Length}");
                        failures.Check(NumberLiteral.Validate(text) == row[4], () => $"{shown}: Validate gave {NumberLiteral.Validate(text)}");
                        break;
                    }

                case "notsingle":
                    failures.Check(scan.IsValid && scan.Length < text.Length, () => $"{shown}: expected a shorter valid token, got {scan}");
                    failures.Check(NumberLiteral.Validate(text) is not null, () => $"{shown}: Validate accepted");
                    break;
                default:
                    {
                        failures.Check(scan.IsValid && scan.Length == text.Length && scan.WarningMessage is null, () => $"{shown}: scan {scan}");
                        failures.Check(NumberLiteral.Validate(text) is null, () => $"{shown}: Validate gave {NumberLiteral.Validate(text)}");
                        if (!NumberLiteral.TryParse(text, out NumberLiteralValue value, out string? error))
                        {
                            failures.Add($"{shown}: TryParse failed: {error}");
                            break;
                        }

                        switch (row[1])
                        {
                            case "int":
                                BigInteger expected = BigInteger.Parse("0" + row[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                                failures.Check(value.Kind == NumberLiteralKind.Integer && value.Integer == expected, () => $"{shown}: int {value.Integer}");
                                failures.Check(value.IsSmallInteger == (expected >= long.MinValue && expected <= long.MaxValue), () => $"{shown}: small flag");
                                failures.Check(value.ToString() == expected.ToString(CultureInfo.InvariantCulture), () => $"{shown}: repr {value}");
                                break;
                            case "float":
                                failures.Check(value.Kind == NumberLiteralKind.Float && BitConverter.DoubleToInt64Bits(value.Double) == BitConverter.DoubleToInt64Bits(OracleData.Double(row[2])),
                                    () => $"{shown}: float {value.Double:R} expected {OracleData.Double(row[2]):R}");
                                break;
                            case "imag":
                                failures.Check(value.Kind == NumberLiteralKind.Imaginary && BitConverter.DoubleToInt64Bits(value.Double) == BitConverter.DoubleToInt64Bits(OracleData.Double(row[2])),
                                    () => $"{shown}: imag {value.Double:R} expected {OracleData.Double(row[2]):R}");
                                break;
                            default:
                                failures.Add($"bad row kind {row[1]}");
                                break;
                        }

                        break;
                    }
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void NumbersFollowedByKeywordsOrNonAsciiMatchCPython()
    {
        var failures = new Failures();
        foreach (string[] row in OracleData.Read("number_follow.txt"))
        {
            string text = OracleData.Text(row[0]);
            NumberScanResult scan = NumberLiteral.Scan(text);
            if (row[1] == "error")
            {
                failures.Check(scan.ErrorMessage == row[4] && scan.ErrorStart == int.Parse(row[2], CultureInfo.InvariantCulture),
                    () => $"{row[0]}: expected {row[4]} @{row[2]}, got {scan}");
                continue;
            }

            string? warning = row[3] == "-" ? null : row[3];
            failures.Check(scan.IsValid && scan.Length == int.Parse(row[2], CultureInfo.InvariantCulture) && scan.WarningMessage == warning,
                () => $"{row[0]}: expected length {row[2]} warning {row[3]}, got {scan}");
        }

        failures.AssertNone();
    }
}
