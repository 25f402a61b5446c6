using Py2Wasm.Mapping.Coverage;
using Py2Wasm.Syntax.Tests.Infrastructure;

namespace Py2Wasm.Mapping.Tests;

public class CoverageDocTests
{
    /// <summary>docs/stdlib-coverage.md is generated from the registry; PY2WASM_ACCEPT=1 rewrites it.</summary>
    [Fact]
    public void StdlibCoverageDocumentIsCurrent() =>
        GoldenFile.Verify("docs/stdlib-coverage.md", CoverageReport.Generate(MappingRegistry.Default));

    [Fact]
    public void ReportListsMappedAndMissingNamesPerModule()
    {
        var report = CoverageReport.Generate(MappingRegistry.Default);
        Assert.Contains("| [`time`](#time) | ", report);
        Assert.Contains("needs WASI", report);
        Assert.Matches(@"## math\n\nWASM: full\.[^\n]*\n\nMapped \(\d+\): `acos`", report);
        Assert.Contains("Not mapped yet", report);
        Assert.Contains("`sqlite3` (", report);
    }
}
