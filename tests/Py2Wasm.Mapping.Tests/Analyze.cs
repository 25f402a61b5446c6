using Py2Wasm.Mapping.Analysis;
using Py2Wasm.Syntax;

namespace Py2Wasm.Mapping.Tests;

/// <summary>Runs the import analyzer on small programs given as (path, text) pairs under a virtual folder.</summary>
internal static class Analyze
{
    public static ImportAnalysis Program(string source, MappingTarget target = MappingTarget.Native, MappingRegistry? registry = null) =>
        Files(new[] { ("main.py", source) }, target, registry);

    public static ImportAnalysis Files(IEnumerable<(string Path, string Text)> files, MappingTarget target = MappingTarget.Native, MappingRegistry? registry = null)
    {
        var trees = files.Select(f => PythonSyntaxTree.ParseText(f.Text, path: "/virtual/prog/" + f.Path)).ToList();
        return new ImportAnalyzer(registry ?? MappingRegistry.Default, target).Analyze("prog", trees);
    }

    /// <summary>"PY4004 (2,18): message" per diagnostic.</summary>
    public static string[] Describe(this ImportAnalysis analysis) =>
        analysis.Diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{d.Id} ({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }).ToArray();
}
