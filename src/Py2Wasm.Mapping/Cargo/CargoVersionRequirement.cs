using System.Globalization;

namespace Py2Wasm.Mapping.Cargo;

/// <summary>A release version <c>major.minor.patch</c> (pre-release and build metadata are not used by adapters).</summary>
public readonly record struct SemVersion(long Major, long Minor, long Patch) : IComparable<SemVersion>
{
    /// <inheritdoc/>
    public int CompareTo(SemVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    /// <summary>Less than.</summary>
    public static bool operator <(SemVersion a, SemVersion b) => a.CompareTo(b) < 0;
    /// <summary>Greater than.</summary>
    public static bool operator >(SemVersion a, SemVersion b) => a.CompareTo(b) > 0;
    /// <summary>At most.</summary>
    public static bool operator <=(SemVersion a, SemVersion b) => a.CompareTo(b) <= 0;
    /// <summary>At least.</summary>
    public static bool operator >=(SemVersion a, SemVersion b) => a.CompareTo(b) >= 0;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}

/// <summary>
/// A Cargo version requirement (<c>1.9</c>, <c>^0.4</c>, <c>~1.2.3</c>, <c>=2.0.1</c>, <c>&gt;=1.2, &lt;1.5</c>, <c>1.*</c>, <c>*</c>)
/// as the half-open range of versions it accepts, with Cargo's rules for caret, tilde and wildcard requirements.
/// Intersecting two tells whether one version can serve both.
/// </summary>
public sealed record CargoVersionRequirement(SemVersion Lower, SemVersion? Upper, string Text)
{
    private static readonly SemVersion s_zero = new(0, 0, 0);

    /// <summary>True when no version satisfies it.</summary>
    public bool IsEmpty => Upper is { } u && u <= Lower;

    /// <summary>True when <paramref name="version"/> satisfies it.</summary>
    public bool Contains(SemVersion version) => version >= Lower && (Upper is not { } u || version < u);

    /// <summary>Parses <paramref name="text"/>; false with a reason when it is not a version requirement.</summary>
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CargoVersionRequirement? requirement, out string? error)
    {
        requirement = null;
        error = null;
        var lower = s_zero;
        SemVersion? upper = null;
        foreach (var raw in text.Split(','))
        {
            var part = raw.Trim();
            string op = "^";
            foreach (var candidate in new[] { ">=", "<=", ">", "<", "=", "^", "~" })
            {
                if (part.StartsWith(candidate, StringComparison.Ordinal))
                {
                    op = candidate;
                    part = part[candidate.Length..].Trim();
                    break;
                }
            }
            if (part == "*" && op == "^")
            {
                continue;
            }
            var fields = part.Split('.');
            if (fields.Length is 0 or > 3 || fields[0].Length == 0)
            {
                error = $"'{raw.Trim()}' is not a version";
                return false;
            }
            var numbers = new long[3];
            int given = 0;
            bool wildcard = false;
            foreach (var f in fields)
            {
                if (f is "*" or "x" or "X")
                {
                    wildcard = true;
                    break;
                }
                if (wildcard || !long.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out numbers[given]))
                {
                    error = $"'{raw.Trim()}' is not a version (pre-release versions are not supported)";
                    return false;
                }
                given++;
            }
            var v = new SemVersion(numbers[0], numbers[1], numbers[2]);
            if (wildcard && op is not ("^" or "="))
            {
                error = $"'{raw.Trim()}': a wildcard only goes with a plain or '=' requirement";
                return false;
            }
            // The range a partial version [major[.minor[.patch]]] covers exactly: =1.2 is >=1.2.0, <1.3.0.
            SemVersion NextOfGiven() => given switch
            {
                1 => new(v.Major + 1, 0, 0),
                2 => new(v.Major, v.Minor + 1, 0),
                _ => new(v.Major, v.Minor, v.Patch + 1),
            };
            (SemVersion lo, SemVersion? hi) range = op switch
            {
                _ when wildcard => (v, NextOfGiven()),
                "=" => (v, NextOfGiven()),
                ">=" => (v, null),
                ">" => (NextOfGiven(), null),
                "<" => (s_zero, v),
                "<=" => (s_zero, NextOfGiven()),
                "~" => (v, given == 1 ? new SemVersion(v.Major + 1, 0, 0) : new SemVersion(v.Major, v.Minor + 1, 0)),
                // Caret: the left-most non-zero field may not change.
                _ => (v, v.Major > 0 || given == 1 ? new SemVersion(v.Major + 1, 0, 0)
                    : v.Minor > 0 || given == 2 ? new SemVersion(0, v.Minor + 1, 0)
                    : new SemVersion(0, 0, v.Patch + 1)),
            };
            if (range.lo > lower)
            {
                lower = range.lo;
            }
            if (range.hi is { } h && (upper is not { } u || h < u))
            {
                upper = h;
            }
        }
        requirement = new CargoVersionRequirement(lower, upper, text.Trim());
        return true;
    }

    /// <summary>The versions both accept; its <see cref="Text"/> is one of the inputs' when that one is exactly the intersection.</summary>
    public CargoVersionRequirement Intersect(CargoVersionRequirement other)
    {
        var lower = Lower > other.Lower ? Lower : other.Lower;
        SemVersion? upper = Upper is null ? other.Upper : other.Upper is null ? Upper : (Upper < other.Upper ? Upper : other.Upper);
        string text = SameRange(this, lower, upper) ? Text
            : SameRange(other, lower, upper) ? other.Text
            : upper is { } u ? $">={lower}, <{u}" : $">={lower}";
        return new CargoVersionRequirement(lower, upper, text);
    }

    private static bool SameRange(CargoVersionRequirement r, SemVersion lower, SemVersion? upper) => r.Lower == lower && r.Upper == upper;
}
