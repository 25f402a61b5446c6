using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics.Tests;

/// <summary>Our scopes and symbol flags against CPython's symtable module, through tests/oracles/symtable_dump.py.</summary>
public class SymtableOracleTests
{
    internal static string OurDump(string path)
    {
        var tree = PythonSyntaxTree.ParseBytes(File.ReadAllBytes(path), PythonParseOptions.Default, path);
        var table = SymbolTable.Build(tree);
        var error = tree.GetDiagnostics().Concat(table.Diagnostics)
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .FirstOrDefault();
        return error is null ? table.Dump() : "!error " + error.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + "\n";
    }

    internal static Dictionary<string, string> OracleDumps(string cacheName, IReadOnlyList<string> files, string? interpreter = null)
    {
        var key = files.Select(Oracle.FileStamp).Append(Oracle.FileStamp(Oracle.Script("symtable_dump.py"))).Append(interpreter ?? Oracle.Python);
        var output = Oracle.Cached(cacheName, key,
            () => Oracle.Run(new[] { Oracle.Script("symtable_dump.py"), "--batch" }, string.Join("\n", files) + "\n", interpreter));
        return Oracle.SplitBatch(output);
    }

    public static IEnumerable<object[]> SnippetFiles() =>
        Directory.GetFiles(Oracle.TestFile("Cases", "symtable"), "*.py").OrderBy(p => p, StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(SnippetFiles))]
    public void SnippetAgreesWithCPython(string name)
    {
        var files = Directory.GetFiles(Oracle.TestFile("Cases", "symtable"), "*.py").OrderBy(p => p, StringComparer.Ordinal).ToList();
        var expected = OracleDumps("symtable-cases", files);
        var path = files.Single(f => Path.GetFileName(f) == name);
        Assert.Equal(expected[path], OurDump(path));
    }
}
