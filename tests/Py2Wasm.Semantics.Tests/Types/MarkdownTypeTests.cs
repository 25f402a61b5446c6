using System.Text.RegularExpressions;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics.Tests;

/// <summary>
/// Runs the Markdown inference tests under mdtest/: every ```py block of a file is one module (blocks are
/// concatenated in order); each <c>reveal_type(e)  # revealed: T -> R</c> asserts the Python type T and Rust
/// representation R of e, and each <c># error: [PYnnnn]</c> asserts a diagnostic with that ID on its line.
/// </summary>
public partial class MarkdownTypeTests
{
    [GeneratedRegex(@"#\s*revealed:\s*(?<expected>.+?)\s*$")]
    private static partial Regex Revealed();

    [GeneratedRegex(@"#\s*error:\s*\[(?<id>PY\d{4})\]")]
    private static partial Regex ErrorComment();

    internal static string Program(string file)
    {
        var lines = File.ReadAllLines(Oracle.TestFile("mdtest", file));
        var code = new List<string>();
        bool inBlock = false;
        foreach (var line in lines)
        {
            if (!inBlock && line.Trim() == "```py")
            {
                inBlock = true;
                continue;
            }
            if (inBlock && line.Trim() == "```")
            {
                inBlock = false;
                continue;
            }
            if (inBlock)
            {
                code.Add(line);
            }
        }
        return string.Join("\n", code) + "\n";
    }

    public static IEnumerable<object[]> Assertions()
    {
        foreach (var path in Directory.GetFiles(Oracle.TestFile("mdtest"), "*.md").OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var lines = Program(file).Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (Revealed().IsMatch(lines[i]) || ErrorComment().IsMatch(lines[i]))
                {
                    yield return new object[] { file, i + 1 };
                }
            }
        }
    }

    private static readonly Dictionary<string, (PythonSyntaxTree Tree, SemanticModel Model)> s_models = new();

    private static (PythonSyntaxTree, SemanticModel) Model(string file)
    {
        lock (s_models)
        {
            if (!s_models.TryGetValue(file, out var entry))
            {
                var tree = PythonSyntaxTree.ParseText(Program(file), path: "/mdtest/" + Path.ChangeExtension(file, ".py"));
                entry = (tree, PythonCompilation.Create(file, new[] { tree }).GetSemanticModel(tree));
                s_models[file] = entry;
            }
            return entry;
        }
    }

    [Theory]
    [MemberData(nameof(Assertions))]
    public void Holds(string file, int line)
    {
        var (tree, model) = Model(file);
        Assert.Empty(tree.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var text = tree.Text.Lines[line - 1].ToString();
        var revealed = Revealed().Match(text);
        if (revealed.Success)
        {
            var call = tree.GetRoot().DescendantNodes().OfType<CallExpressionSyntax>()
                .Single(c => c.Expression is IdentifierNameSyntax { Identifier.Text: "reveal_type" }
                    && tree.Text.Lines.GetLineFromPosition(c.SpanStart).LineNumber == line - 1);
            var info = model.GetTypeInfo(call.ArgumentList.Arguments.Single().Expression);
            Assert.Equal(revealed.Groups["expected"].Value, $"{info.Type.Name} -> {info.RustType}");
        }
        foreach (Match m in ErrorComment().Matches(text))
        {
            var id = m.Groups["id"].Value;
            Assert.Contains(model.GetDiagnostics(), d => d.Id == id && d.Location.GetLineSpan().StartLinePosition.Line == line - 1);
        }
    }
}
