using Py2Wasm.Mapping.Analysis;
using Py2Wasm.Mapping.Requirements;

namespace Py2Wasm.Mapping.Tests;

public class RequirementsTests
{
    private static MappingRegistry RegistryWithYaml() =>
        MappingRegistry.Default.ToBuilder().Add(new InlineProvider("yaml-adapter", ModuleAdapter.Create("yaml")
            .WithStub("def safe_load(stream: str) -> object: ...\n")
            .WithModuleObject(RustBinding.FromTemplate("yaml_rs::module()"))
            .FromDistribution("PyYAML", "6.0.1")
            .Function("safe_load", RustBinding.FromTemplate("yaml_rs::safe_load({0})"))
            .RequiresCrate(new CrateDependency("yaml_rs", "0.4"))
            .Build())).Build();

    [Fact]
    public void ParsesTheUsualForms()
    {
        var file = RequirementsFile.Parse("""
            # comment
            numpy>=1.24,<2  # trailing comment
            requests[socks] == 2.31.0 ; python_version >= "3.8"
            pyyaml~=6.0 \
                ,!=6.0.0
            --index-url https://example.invalid/simple
            -r other.txt
            Flask

            """);
        Assert.Empty(file.Problems);
        Assert.Equal(new[] { "numpy>=1.24,<2", "requests[socks]==2.31.0", "pyyaml~=6.0,!=6.0.0", "Flask" }, file.Requirements.Select(r => r.Display));
        Assert.Equal("python_version >= \"3.8\"", file.Requirements[1].Marker);
        Assert.Equal("numpy>=1.24,<2", file.Text.ToString(file.Requirements[0].Span));
    }

    [Fact]
    public void ReportsLinesItCannotRead()
    {
        var file = RequirementsFile.Parse("-e ./local\nmypkg @ https://example.invalid/p.whl\nbad>>1\n");
        Assert.Equal(3, file.Problems.Length);
        Assert.Contains("editable", file.Problems[0].Reason);
        Assert.Contains("direct URL", file.Problems[1].Reason);
        Assert.Contains("'>>1' is not a version clause", file.Problems[2].Reason);
    }

    [Theory]
    [InlineData("6.0.1", ">=6", true)]
    [InlineData("6.0.1", "<6", false)]
    [InlineData("6.0.1", "~=6.0", true)]
    [InlineData("6.0.1", "~=6.1", false)]
    [InlineData("6.0.1", "==6.0.*", true)]
    [InlineData("6.0.1", "!=6.0.*", false)]
    [InlineData("6.0.1", "==6.0.1", true)]
    [InlineData("6.0", "==6.0.0", true)]
    [InlineData("1.26", ">=1.24,<2", true)]
    public void VersionClausesFollowPep440ReleaseOrdering(string version, string spec, bool expected)
    {
        var r = RequirementsFile.Parse("x" + spec + "\n").Requirements.Single();
        Assert.Equal(expected, r.IsSatisfiedBy(version));
    }

    [Fact]
    public void MapsOrReportsEachRequirement()
    {
        var file = RequirementsFile.Parse("PyYAML>=6\npyyaml==5.4\nnumpy\nleft-pad-for-python\ndataclasses\nnot a requirement\n", "/virtual/prog/requirements.txt");
        var analysis = new ImportAnalyzer(RegistryWithYaml()).AnalyzeRequirements(file);
        Assert.Equal("yaml", Assert.Single(analysis.Requirements[0].Adapters).ModuleName);
        Assert.Empty(analysis.Requirements[2].Adapters);
        var d = analysis.Diagnostics.Select(x => $"{x.Id} {x.Location.GetLineSpan().StartLinePosition.Line + 1}: {x.GetMessage()}").ToArray();
        Assert.Equal(new[]
        {
            "PY4008 6: cannot read 'not a requirement' as a requirement: 'a requirement' is not a version clause (expected e.g. '>=1.2')",
            "PY4009 2: requirement 'pyyaml==5.4' excludes version 6.0.1, which the adapter of 'yaml' follows; behaviour may differ from the version you asked for",
            "PY4007 3: requirement 'numpy': no adapter maps the PyPI package 'numpy' (modules 'numpy') yet; imports of it will fail (docs/adding-a-mapping.md)",
            "PY4007 4: requirement 'left-pad-for-python': no adapter provides the distribution 'left-pad-for-python'; imports of its modules will fail (docs/adding-a-mapping.md)",
            "PY4007 5: requirement 'dataclasses': 'dataclasses' is a backport of a standard-library module; import the standard-library module instead",
        }, d);
        Assert.Equal("/virtual/prog/requirements.txt", analysis.Diagnostics[0].Location.GetLineSpan().Path);
    }
}
