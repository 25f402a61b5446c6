using BenchmarkDotNet.Attributes;
using Py2Wasm.Syntax;

namespace Py2Wasm.Benchmarks;

/// <summary>Parse throughput over the whole stdlib corpus (one operation = parse every file once).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private IReadOnlyList<(string Path, string Text, int Utf8Bytes)> _files = Array.Empty<(string, string, int)>();

    [GlobalSetup]
    public void Setup() => _files = StdlibCorpus.Files;

    /// <summary>Lex and parse every file into a green tree (what an editor or build tool pays per file).</summary>
    [Benchmark]
    public int ParseStdlib()
    {
        int width = 0;
        foreach (var (path, text, _) in _files)
        {
            var tree = PythonSyntaxTree.ParseText(text, path: path);
            width += tree.Text.Length;
        }
        return width;
    }
}
