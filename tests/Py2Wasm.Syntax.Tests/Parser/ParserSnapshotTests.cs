using Py2Wasm.Syntax.Tests.Infrastructure;

namespace Py2Wasm.Syntax.Tests.Parser;

/// <summary>
/// Every tests/Py2Wasm.Syntax.Tests/Snapshots/Parser/**/*.py is parsed; its tree and diagnostics must equal the
/// .snap file beside it (PY2WASM_ACCEPT=1 rewrites them). Files under valid/ must parse without errors, and files
/// under invalid/ must have at least one, whose ID/message CPython agreement is checked in the .snap by review.
/// </summary>
public class ParserSnapshotTests
{
    private static string SnapshotRoot => Path.Combine(GoldenFile.RepoRoot, "tests", "Py2Wasm.Syntax.Tests", "Snapshots", "Parser");

    public static IEnumerable<object[]> Cases() =>
        Directory.EnumerateFiles(SnapshotRoot, "*.py", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SnapshotRoot, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Snapshot(string relativePath)
    {
        var path = Path.Combine(SnapshotRoot, relativePath);
        var text = File.ReadAllText(path);
        var tree = PythonSyntaxTree.ParseText(text, path: relativePath);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        if (relativePath.StartsWith("valid/", StringComparison.Ordinal))
        {
            Assert.Empty(tree.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        }
        else if (relativePath.StartsWith("invalid/", StringComparison.Ordinal))
        {
            Assert.Contains(tree.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        }
        GoldenFile.Verify(Path.ChangeExtension(path, ".snap"), SnapshotFormatter.Format(tree));
    }

    [Fact]
    public void EveryNodeKindAppearsInSomeSnapshot()
    {
        var seen = new HashSet<SyntaxKind>();
        foreach (var file in Directory.EnumerateFiles(SnapshotRoot, "*.py", SearchOption.AllDirectories))
        {
            var tree = PythonSyntaxTree.ParseText(File.ReadAllText(file));
            foreach (var node in tree.GetRoot().DescendantNodes(includeSelf: true))
            {
                seen.Add(node.Kind);
            }
        }
        var missing = Enum.GetValues<SyntaxKind>().Where(k => SyntaxFacts.IsNodeKind(k) && !seen.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Node kinds without a parser snapshot: " + string.Join(", ", missing));
    }
}
