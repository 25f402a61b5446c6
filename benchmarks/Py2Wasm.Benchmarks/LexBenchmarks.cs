using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax;
using Py2Wasm.Syntax.InternalSyntax;

namespace Py2Wasm.Benchmarks;

/// <summary>
/// Lexer throughput over the whole stdlib corpus (one operation = lex every file once). Run with
/// <c>dotnet run -c Release --project benchmarks/Py2Wasm.Benchmarks -- --filter *LexBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class LexBenchmarks
{
    private SourceText[] _texts = Array.Empty<SourceText>();

    [GlobalSetup]
    public void Setup() => _texts = StdlibCorpus.Files.Select(f => SourceText.From(f.Text)).ToArray();

    /// <summary>Lex every file into its green token stream.</summary>
    [Benchmark]
    public int LexStdlib()
    {
        int tokens = 0;
        foreach (var text in _texts)
        {
            tokens += new Lexer(text, PythonParseOptions.Default).LexAll().Length;
        }
        return tokens;
    }
}
