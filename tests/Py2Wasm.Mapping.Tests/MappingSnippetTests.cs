using System.Text.RegularExpressions;
using Py2Wasm.EndToEnd.Tests;
using Py2Wasm.Syntax.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Py2Wasm.Mapping.Tests;

/// <summary>
/// The snippets of tests/mapping-snippets (one per mapped module, MODULE_adapter.py, expectations from CPython by
/// its regen.py) compiled into one crate with the end-to-end tests' machinery, built natively and run; stdout and exit
/// code must be CPython's byte for byte. Native only: the corpus already runs every runtime module under WASI, and a
/// second WASI crate build doubled this project's test time.
/// </summary>
public sealed class SnippetRun
{
    public static string Root => Path.Combine(GoldenFile.RepoRoot, "tests", "mapping-snippets");

    // A private module's snippet (`_thread`) drops the underscore: files starting with '_' are helpers to regen.py.
    public static string SnippetName(string module) => module.TrimStart('_').Replace('.', '_') + "_adapter";

    public CorpusFixture Result { get; } = new(
        Directory.EnumerateFiles(Root, "*_adapter.py").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new CorpusProgram(Path.GetFileNameWithoutExtension(p), p)).ToList(),
        "py2wasm-mapping-snippets", wasi: false);
}

public sealed class MappingSnippetTests : IClassFixture<SnippetRun>
{
    private readonly SnippetRun _run;
    private readonly ITestOutputHelper _output;

    public MappingSnippetTests(SnippetRun run, ITestOutputHelper output)
    {
        _run = run;
        _output = output;
    }

    public static TheoryData<string> Modules() => SnippetCoverageTests.Modules();

    [Theory]
    [MemberData(nameof(Modules))]
    public void SnippetMatchesCPythonNatively(string module) => AssertPassed(module, _run.Result.Native, "native");

    private void AssertPassed(string module, Dictionary<string, ProgramResult> results, string target)
    {
        _output.WriteLine(_run.Result.Summary);
        Assert.True(_run.Result.BuildError is null, "the snippet crate did not build: " + _run.Result.BuildError);
        var name = SnippetRun.SnippetName(module);
        if (_run.Result.Rejections.TryGetValue(name, out var d))
        {
            Assert.Fail(name + " was rejected: " + string.Join("; ", d.Select(x => x.Id + " " + (x.Location.GetLineSpan().StartLinePosition.Line + 1) + ": " + x.GetMessage())));
        }
        Assert.True(results.TryGetValue(name, out var r), name + " did not run (" + target + ")");
        Assert.True(r.Outcome == Outcome.Passed, name + " differs from CPython (" + target + "): " + r.Detail);
    }
}

/// <summary>Without building anything: every mapped module has a snippet that names every name its adapter maps.</summary>
public sealed partial class SnippetCoverageTests
{
    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var m in MappingRegistry.Default.Modules)
        {
            // A private half (`_contextlib`) is exercised by the snippet of the module it is part of.
            if (m.PartOf is null) data.Add(m.ModuleName);
        }
        return data;
    }

    [Fact]
    public void EveryPrivateHalfIsImportedByItsModule()
    {
        foreach (var part in MappingRegistry.Default.Modules.Where(m => m.PartOf is not null))
        {
            var whole = MappingRegistry.Default.GetModule(part.PartOf!);
            Assert.True(whole?.PythonSource is not null, part.ModuleName + " is part of " + part.PartOf + ", which is not a module implemented in Python");
            Assert.Contains("import " + part.ModuleName, whole!.PythonSource!, StringComparison.Ordinal);
            foreach (var member in part.Members)
            {
                Assert.True(whole.GetMember(member.Name) is not null, part.PartOf + " does not re-export " + member.Name + " of " + part.ModuleName);
            }
        }
    }

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z_0-9]*\b")]
    private static partial Regex Word();

    /// <summary>
    /// Each snippet exists, has CPython's expectations and names every name its adapter maps (module level and per class).
    /// For a module implemented in Python only the module-level names count: its classes' methods are its own Python
    /// code, compiled like any program's, and exercised by the corpus programs that use the module.
    /// </summary>
    [Theory]
    [MemberData(nameof(Modules))]
    public void SnippetCoversEveryMappedName(string module)
    {
        var path = Path.Combine(SnippetRun.Root, SnippetRun.SnippetName(module) + ".py");
        Assert.True(File.Exists(path), "no snippet for the mapped module " + module + ": add " + path + " and run tests/mapping-snippets/regen.py");
        Assert.True(File.Exists(Path.ChangeExtension(path, ".expected")), "run tests/mapping-snippets/regen.py");
        var words = Word().Matches(File.ReadAllText(path)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var adapter = MappingRegistry.Default.GetModule(module)!;
        var names = adapter.Members.Select(m => m.Name);
        if (adapter.PythonSource is null) names = names.Concat(adapter.Members.SelectMany(c => c.Members.Select(m => c.Name + "." + m.Name)));
        var missing = names.Where(n => !words.Contains(n.Split('.')[^1])).ToList();
        Assert.True(missing.Count == 0, module + " snippet does not use: " + string.Join(", ", missing));
    }
}
