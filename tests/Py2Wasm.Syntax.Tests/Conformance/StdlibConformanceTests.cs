using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Py2Wasm.Syntax.Tests.Conformance;

/// <summary>
/// The parser against CPython on every <c>.py</c> file of the installed standard library (DESIGN.md §5): the same
/// files are rejected, every tree round-trips, and our <c>ast.dump</c> rendering equals CPython's. CPython runs once
/// per test run (<c>tests/oracles/ast_dump.py</c>, cached in the temp folder); failures list the files to look at
/// and, for dumps, a short excerpt around the first difference.
/// </summary>
[Trait("Category", "Conformance")]
public sealed class StdlibConformanceTests : IClassFixture<StdlibCorpus>
{
    private const int ShownDifferences = 5;
    private const int ListedFiles = 40;
    private readonly StdlibCorpus _corpus;
    private readonly ITestOutputHelper _output;

    public StdlibConformanceTests(StdlibCorpus corpus, ITestOutputHelper output)
    {
        _corpus = corpus;
        _output = output;
    }

    [Fact]
    public void RejectsExactlyTheFilesCPythonRejects()
    {
        var files = _corpus.Files;
        int cpythonRejects = files.Count(f => !f.Oracle.Ok);
        var falseErrors = files.Where(f => f.Oracle.Ok && f.HasErrors).ToList();
        var missedErrors = files.Where(f => !f.Oracle.Ok && !f.HasErrors).ToList();
        int agree = files.Count - falseErrors.Count - missedErrors.Count;
        var report = new StringBuilder();
        report.AppendLine(_corpus.Summary);
        report.AppendLine($"Error agreement: {agree} of {files.Count} files (CPython rejects {cpythonRejects}); " +
                          $"{falseErrors.Count} files we reject that CPython accepts, {missedErrors.Count} files CPython rejects that we accept.");
        if (falseErrors.Count > 0)
        {
            report.AppendLine("We report errors but CPython accepts:");
            foreach (var f in falseErrors.Take(ListedFiles))
            {
                report.AppendLine($"  {_corpus.Relative(f.Path)}{f.FirstError ?? ": " + f.Exception}");
            }
            More(report, falseErrors.Count);
        }
        if (missedErrors.Count > 0)
        {
            report.AppendLine("CPython rejects but we report no error:");
            foreach (var f in missedErrors.Take(ListedFiles))
            {
                report.AppendLine($"  {_corpus.Relative(f.Path)}: CPython says {f.Oracle.ErrorText}");
            }
            More(report, missedErrors.Count);
        }
        _output.WriteLine(report.ToString());
        Assert.True(falseErrors.Count == 0 && missedErrors.Count == 0, report.ToString());
    }

    [Fact]
    public void RoundTripsEveryFile()
    {
        var files = _corpus.Files;
        var failures = files.Where(f => !f.RoundTrips).ToList();
        var report = new StringBuilder();
        report.AppendLine(_corpus.Summary);
        report.AppendLine($"Round-trip (ToFullString() == decoded text): {files.Count - failures.Count} of {files.Count} files.");
        foreach (var f in failures.Take(ListedFiles))
        {
            if (f.Exception is not null)
            {
                report.AppendLine($"  {_corpus.Relative(f.Path)}: the parser threw {f.Exception}");
                continue;
            }
            var text = PythonSyntaxTree.ParseBytes(File.ReadAllBytes(f.Path), StdlibCorpus.ParseOptions, f.Path);
            string decoded = text.Text.ToString();
            string full = text.GetRoot().ToFullString();
            int at = f.RoundTripDifference;
            var line = text.Text.Lines.GetLinePosition(Math.Min(at, decoded.Length));
            report.AppendLine($"  {_corpus.Relative(f.Path)}: first difference at offset {at} (line {line.Line + 1}), " +
                              $"text {decoded.Length} chars, tree {full.Length} chars");
            report.AppendLine($"    text: {Excerpt(decoded, at)}");
            report.AppendLine($"    tree: {Excerpt(full, at)}");
        }
        More(report, failures.Count);
        _output.WriteLine(report.ToString());
        Assert.True(failures.Count == 0, report.ToString());
    }

    [Fact]
    public void AstDumpMatchesCPythonForEveryAcceptedFile()
    {
        var accepted = _corpus.Files.Where(f => f.Oracle.Ok).ToList();
        var mismatches = accepted.Where(f => !f.DumpMatches).ToList();
        var report = new StringBuilder();
        report.AppendLine(_corpus.Summary);
        report.AppendLine($"AST dump (3.11 format) equal to CPython's ast.dump(..., include_attributes=True): " +
                          $"{accepted.Count - mismatches.Count} of {accepted.Count} accepted files; {mismatches.Count} differ.");
        if (mismatches.Count > 0)
        {
            // Full CPython dumps only for the files we look at (smallest first: their excerpts are easiest to read).
            var examined = mismatches.Where(f => f.Exception is null).OrderBy(f => new FileInfo(f.Path).Length).Take(60).ToList();
            var full = CPythonOracle.FullDumps(examined.Select(f => f.Path).ToList());
            var categories = new Dictionary<string, int>(StringComparer.Ordinal);
            var examples = new List<string>();
            foreach (var f in examined)
            {
                if (!full.TryGetValue(f.Path, out var oracle) || oracle.Dump is null)
                {
                    continue;
                }
                string ours = StdlibCorpus.OurDump(f.Path);
                int at = StdlibCorpus.FirstDifference(oracle.Dump, ours);
                if (at < 0)
                {
                    continue;
                }
                string category = Category(oracle.Dump, at);
                categories[category] = categories.GetValueOrDefault(category) + 1;
                if (examples.Count < ShownDifferences)
                {
                    examples.Add($"  {_corpus.Relative(f.Path)} (first difference at char {at}, in {category}):\n" +
                                 $"    CPython: {Excerpt(oracle.Dump, at)}\n" +
                                 $"    ours:    {Excerpt(ours, at)}");
                }
            }
            report.AppendLine($"Where the first difference is (innermost CPython node.field, {examined.Count} smallest differing files):");
            foreach (var (category, count) in categories.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                report.AppendLine($"  {count,4}  {category}");
            }
            report.AppendLine("First differences:");
            foreach (var example in examples)
            {
                report.AppendLine(example);
            }
            var crashed = mismatches.Where(f => f.Exception is not null).ToList();
            foreach (var f in crashed.Take(ListedFiles))
            {
                report.AppendLine($"  {_corpus.Relative(f.Path)}: the parser or dumper threw {f.Exception}");
            }
            report.AppendLine("Differing files:");
            foreach (var f in mismatches.Take(ListedFiles))
            {
                report.AppendLine($"  {_corpus.Relative(f.Path)}");
            }
            More(report, mismatches.Count);
        }
        _output.WriteLine(report.ToString());
        Assert.True(mismatches.Count == 0, report.ToString());
    }

    private static void More(StringBuilder report, int count)
    {
        if (count > ListedFiles)
        {
            report.AppendLine($"  ... and {count - ListedFiles} more");
        }
    }

    /// <summary>A window of about 100 characters each side of <paramref name="at"/>, with a marker at it.</summary>
    private static string Excerpt(string text, int at)
    {
        const int Context = 100;
        int start = Math.Max(0, at - Context);
        int end = Math.Min(text.Length, at + Context);
        var sb = new StringBuilder();
        if (start > 0) sb.Append('…');
        sb.Append(Escape(text[start..Math.Min(at, text.Length)])).Append("⟦").Append(Escape(at < text.Length ? text[at..end] : "<end>"));
        if (end < text.Length) sb.Append('…');
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    /// <summary>The innermost CPython node enclosing <paramref name="at"/> and the field being written there.</summary>
    private static string Category(string dump, int at)
    {
        int depth = 0;
        for (int j = Math.Min(at, dump.Length) - 1; j >= 0; j--)
        {
            char c = dump[j];
            if (c is ')' or ']')
            {
                depth++;
            }
            else if (c is '(' or '[')
            {
                if (depth > 0)
                {
                    depth--;
                    continue;
                }
                if (c == '[')
                {
                    continue; // inside a list field: keep looking for the node
                }
                var node = Regex.Match(dump[Math.Max(0, j - 40)..j], @"(\w+)$").Groups[1].Value;
                var field = Regex.Match(dump[(j + 1)..Math.Min(at + 1, dump.Length)], @"(\w+)=[^=]*$").Groups[1].Value;
                return field.Length > 0 ? $"{node}.{field}" : node;
            }
        }
        return "Module";
    }
}
