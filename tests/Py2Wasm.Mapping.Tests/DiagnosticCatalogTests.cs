using Py2Wasm.Mapping.Analysis;
using Py2Wasm.Mapping.Cargo;
using Py2Wasm.Mapping.Requirements;
using Py2Wasm.Syntax.Tests.Infrastructure;

namespace Py2Wasm.Mapping.Tests;

/// <summary>Every PY4xxx ID has its page, every PY4 page an ID, and some input here produces each ID.</summary>
public class DiagnosticCatalogTests
{
    [Fact]
    public void EveryIdHasADocumentationPageAndEveryPageAnId()
    {
        var dir = Path.Combine(GoldenFile.RepoRoot, "docs", "diagnostics");
        foreach (var d in MappingDiagnostics.All)
        {
            var page = Path.Combine(dir, d.Id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            Assert.StartsWith($"# {d.Id}: {d.Title}", File.ReadAllText(page), StringComparison.Ordinal);
            Assert.Equal($"docs/diagnostics/{d.Id}.md", d.HelpLinkUri);
        }
        var ids = MappingDiagnostics.All.Select(d => d.Id).ToHashSet();
        var orphans = Directory.EnumerateFiles(dir, "PY4*.md").Select(Path.GetFileNameWithoutExtension).Where(id => !ids.Contains(id!)).ToList();
        Assert.Empty(orphans);
    }

    [Fact]
    public void EveryIdIsProducedByATestInput()
    {
        var produced = new HashSet<string>();
        var registry = MappingRegistry.Default.ToBuilder().Add(new InlineProvider("t", ModuleAdapter.Create("yaml")
            .WithStub("").WithModuleObject(RustBinding.TypeOnly).FromDistribution("PyYAML", "6.0").Build())).Build();
        produced.UnionWith(Analyze.Program("import nosuch\nimport numpy\nimport sqlite3\nfrom math import nosuch\nfrom itertools import batched\nimport time\n", MappingTarget.Web)
            .Diagnostics.Select(d => d.Id));
        produced.UnionWith(new ImportAnalyzer(registry).AnalyzeRequirements(RequirementsFile.Parse("numpy\nPyYAML<6\n-e .\n")).Diagnostics.Select(d => d.Id));
        produced.UnionWith(new CargoManifestBuilder()
            .Add(new CrateDependency("a", "1"), "x").Add(new CrateDependency("a", "2"), "y")
            .Add(new CrateDependency("b", "1") { Path = "/b" }, "x").Add(new CrateDependency("b", "1"), "y")
            .Build().Diagnostics.Select(d => d.Id));
        var missing = MappingDiagnostics.All.Select(d => d.Id).Where(id => !produced.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "never produced: " + string.Join(", ", missing));
    }
}
