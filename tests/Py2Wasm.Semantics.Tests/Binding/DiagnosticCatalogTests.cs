using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics.Tests;

/// <summary>Every semantic diagnostic ID has a documentation page and is produced by some test input.</summary>
public class DiagnosticCatalogTests
{
    [Fact]
    public void EveryIdHasADocumentationPage()
    {
        foreach (var descriptor in SemanticDiagnostics.All)
        {
            var page = Path.Combine(Oracle.RepoRoot, "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"missing {page}");
            Assert.StartsWith($"# {descriptor.Id}: ", File.ReadAllText(page), StringComparison.Ordinal);
            Assert.Equal($"docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void EveryIdIsProducedByATestInput()
    {
        var produced = new HashSet<string>(StringComparer.Ordinal);
        var cases = File.ReadAllText(Oracle.TestFile("Cases", "compile_errors.txt")).Split("\n# ---\n");
        foreach (var source in cases)
        {
            foreach (var d in SymbolTable.Build(PythonSyntaxTree.ParseText(source)).Diagnostics)
            {
                produced.Add(d.Id);
            }
        }
        var flowInputs = new[]
        {
            "def f(c):\n    if c:\n        x = 1\n    return x\n",
            "print(nowhere)\nimport missing\n",
            "def f():\n    return\n    f()\n",
        };
        foreach (var source in flowInputs)
        {
            var tree = PythonSyntaxTree.ParseText(source);
            produced.UnionWith(PythonCompilation.Create("t", new[] { tree }).GetDiagnostics().Select(d => d.Id));
        }
        var a = PythonSyntaxTree.ParseText("import b\n", path: "/virtual/cycle/a.py");
        var b = PythonSyntaxTree.ParseText("import a\n", path: "/virtual/cycle/b.py");
        produced.UnionWith(PythonCompilation.Create("t", new[] { a, b }).GetDiagnostics().Select(d => d.Id));

        // Type diagnostics (PY2xxx) come from the Markdown inference tests, where each is also asserted on its line.
        foreach (var path in Directory.GetFiles(Oracle.TestFile("mdtest"), "*.md"))
        {
            var tree = PythonSyntaxTree.ParseText(MarkdownTypeTests.Program(Path.GetFileName(path)));
            produced.UnionWith(PythonCompilation.Create("t", new[] { tree }).GetDiagnostics().Select(d => d.Id));
        }

        var missing = SemanticDiagnostics.All.Select(d => d.Id).Where(id => !produced.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "never produced: " + string.Join(", ", missing));
    }
}
