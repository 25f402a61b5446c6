using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace Py2Wasm.Mapping.Requirements;

/// <summary>One version clause of a requirement: <c>&gt;=1.2</c>.</summary>
/// <param name="Operator">One of <c>==</c>, <c>!=</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&gt;</c>, <c>~=</c>, <c>===</c>.</param>
/// <param name="Version">The version text, possibly ending in <c>.*</c> for <c>==</c> and <c>!=</c>.</param>
public sealed record VersionClause(string Operator, string Version);

/// <summary>A requirement line of <c>requirements.txt</c> (PEP 508, without URLs).</summary>
/// <param name="Name">The distribution name as written.</param>
/// <param name="Extras">The extras (<c>[socks]</c>).</param>
/// <param name="Specifiers">The version clauses (all must hold).</param>
/// <param name="Marker">The environment marker after <c>;</c>, or null.</param>
/// <param name="Span">Where the requirement is in the file.</param>
public sealed record Requirement(string Name, ImmutableArray<string> Extras, ImmutableArray<VersionClause> Specifiers, string? Marker, TextSpan Span)
{
    /// <summary>The PEP 503 normalized name.</summary>
    public string NormalizedName => KnownPackages.NormalizeDistribution(Name);

    /// <summary>True when <paramref name="version"/> satisfies every clause (release segments compared numerically, PEP 440).</summary>
    public bool IsSatisfiedBy(string version) => Specifiers.All(c => Satisfies(version, c));

    /// <summary>The requirement as written, without marker.</summary>
    public string Display => Name + (Extras.IsEmpty ? "" : "[" + string.Join(",", Extras) + "]") + string.Join(",", Specifiers.Select(s => s.Operator + s.Version));

    private static bool Satisfies(string version, VersionClause clause)
    {
        var v = Release(version);
        if (clause.Version.EndsWith(".*", StringComparison.Ordinal))
        {
            var prefix = Release(clause.Version[..^2]);
            bool matches = v.Take(prefix.Length).Concat(Enumerable.Repeat(0L, Math.Max(0, prefix.Length - v.Length))).SequenceEqual(prefix);
            return clause.Operator == "!=" ? !matches : matches;
        }
        var c = Release(clause.Version);
        int cmp = Compare(v, c);
        return clause.Operator switch
        {
            "==" or "===" => cmp == 0,
            "!=" => cmp != 0,
            "<" => cmp < 0,
            "<=" => cmp <= 0,
            ">" => cmp > 0,
            ">=" => cmp >= 0,
            // ~=X.Y.Z: >=X.Y.Z, ==X.Y.*
            _ => cmp >= 0 && c.Length >= 2 && Compare(v.Take(c.Length - 1).ToArray(), c.Take(c.Length - 1).ToArray()) == 0,
        };
    }

    private static long[] Release(string version)
    {
        var digits = new List<long>();
        foreach (var part in version.TrimStart('v').Split('.'))
        {
            var n = new string(part.TakeWhile(char.IsAsciiDigit).ToArray());
            if (n.Length == 0)
            {
                break;
            }
            digits.Add(long.Parse(n, CultureInfo.InvariantCulture));
            if (n.Length != part.Length)
            {
                break;
            }
        }
        return digits.ToArray();
    }

    private static int Compare(long[] a, long[] b)
    {
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            long x = i < a.Length ? a[i] : 0, y = i < b.Length ? b[i] : 0;
            if (x != y)
            {
                return x.CompareTo(y);
            }
        }
        return 0;
    }
}

/// <summary>A line that is not a requirement we can read, and why.</summary>
/// <param name="Text">The line's text.</param>
/// <param name="Reason">Why it cannot be read.</param>
/// <param name="Span">Where it is.</param>
public sealed record RequirementProblem(string Text, string Reason, TextSpan Span);

/// <summary>A parsed <c>requirements.txt</c>: its requirements and the lines that are not requirements we can read.</summary>
public sealed partial class RequirementsFile
{
    private RequirementsFile(string path, SourceText text, ImmutableArray<Requirement> requirements, ImmutableArray<RequirementProblem> problems)
    {
        Path = path;
        Text = text;
        Requirements = requirements;
        Problems = problems;
    }

    /// <summary>The file's path (for diagnostics).</summary>
    public string Path { get; }

    /// <summary>The file's text.</summary>
    public SourceText Text { get; }

    /// <summary>The requirements, in file order.</summary>
    public ImmutableArray<Requirement> Requirements { get; }

    /// <summary>Lines that could not be read (URLs, editable installs, malformed lines).</summary>
    public ImmutableArray<RequirementProblem> Problems { get; }

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static RequirementsFile Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses requirements text. Comments, blank lines, continuations and pip options (<c>--index-url</c>, <c>-r</c>) are understood.</summary>
    public static RequirementsFile Parse(string text, string path = "requirements.txt")
    {
        var source = SourceText.From(text);
        var requirements = ImmutableArray.CreateBuilder<Requirement>();
        var problems = ImmutableArray.CreateBuilder<RequirementProblem>();
        int lineIndex = 0;
        while (lineIndex < source.Lines.Count)
        {
            // A backslash at the end of a line continues it.
            var first = source.Lines[lineIndex];
            int end = first.End;
            var logical = first.ToString();
            while (logical.EndsWith('\\') && lineIndex + 1 < source.Lines.Count)
            {
                lineIndex++;
                logical = logical[..^1] + source.Lines[lineIndex].ToString();
                end = source.Lines[lineIndex].End;
            }
            lineIndex++;
            var hash = CommentPattern().Match(logical);
            var content = (hash.Success ? logical[..hash.Index] : logical).TrimEnd();
            int leading = content.Length - content.TrimStart().Length;
            content = content.Trim();
            if (content.Length == 0)
            {
                continue;
            }
            var span = new TextSpan(first.Start + leading, Math.Min(content.Length, end - first.Start - leading));
            if (content.StartsWith('-'))
            {
                // pip options: only editable installs name a package we would need to map.
                if (content.StartsWith("-e", StringComparison.Ordinal) || content.StartsWith("--editable", StringComparison.Ordinal))
                {
                    problems.Add(new RequirementProblem(content, "editable installs (-e) name a source tree, not a PyPI package; map the modules it provides with an adapter", span));
                }
                continue;
            }
            var m = RequirementPattern().Match(content);
            if (!m.Success)
            {
                problems.Add(new RequirementProblem(content, content.Contains("://", StringComparison.Ordinal) || content.Contains(" @ ", StringComparison.Ordinal)
                    ? "direct URL references are not supported; name the PyPI package instead"
                    : "expected 'name[extras] <op> version, ... ; marker'", span));
                continue;
            }
            var extras = m.Groups["extras"].Success
                ? m.Groups["extras"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray()
                : ImmutableArray<string>.Empty;
            var clauses = ImmutableArray.CreateBuilder<VersionClause>();
            var specs = m.Groups["specs"].Value.Trim().TrimStart('(').TrimEnd(')');
            bool bad = false;
            foreach (var clause in specs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var c = ClausePattern().Match(clause);
                if (!c.Success)
                {
                    problems.Add(new RequirementProblem(content, $"'{clause}' is not a version clause (expected e.g. '>=1.2')", span));
                    bad = true;
                    break;
                }
                clauses.Add(new VersionClause(c.Groups["op"].Value, c.Groups["version"].Value));
            }
            if (!bad)
            {
                var marker = m.Groups["marker"].Success ? m.Groups["marker"].Value.Trim() : null;
                requirements.Add(new Requirement(m.Groups["name"].Value, extras, clauses.ToImmutable(), marker, span));
            }
        }
        return new RequirementsFile(path, source, requirements.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>The location of <paramref name="span"/> in this file.</summary>
    public Location GetLocation(TextSpan span) => Location.Create(Path, span, Text.Lines.GetLinePositionSpan(span));

    [GeneratedRegex(@"(^|\s)#")]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[(?<extras>[^\]]*)\])?\s*(?<specs>\(?[\s<>=!~0-9A-Za-z.*,+-]*\)?)\s*(?:;(?<marker>.*))?$")]
    private static partial Regex RequirementPattern();

    [GeneratedRegex(@"^(?<op>===|==|!=|<=|>=|~=|<|>)\s*(?<version>[0-9A-Za-z.*+!-]+)$")]
    private static partial Regex ClausePattern();
}
