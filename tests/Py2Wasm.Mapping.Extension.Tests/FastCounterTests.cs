using System.Diagnostics;
using FastCounter;
using Py2Wasm.Build;
using Py2Wasm.Emit.Rust;
using Py2Wasm.Mapping;
using Py2Wasm.Mapping.Analysis;
using Py2Wasm.Mapping.Cargo;
using Py2Wasm.Mapping.Requirements;
using Py2Wasm.Mapping.Verification;
using Py2Wasm.Syntax;
using Py2Wasm.Syntax.Tests.Infrastructure;

namespace Py2Wasm.Mapping.Extension.Tests;

/// <summary>
/// Extension without core changes: this assembly registers 'fastcounter' (backed by the local crate in rust/) next to
/// the standard library, and the registry, the analyzer, Cargo.toml generation and a real build all take it.
/// </summary>
public class FastCounterTests
{
    private static readonly string Here = Path.Combine(GoldenFile.RepoRoot, "tests", "Py2Wasm.Mapping.Extension.Tests");

    private static readonly Lazy<MappingRegistry> s_registry = new(() =>
        MappingRegistry.Default.ToBuilder().AddProvidersFrom(typeof(FastCounterProvider).Assembly).Build());

    private static ModuleAdapter Adapter => s_registry.Value.GetModule("fastcounter")!;

    private static PythonSyntaxTree Program(string text) => PythonSyntaxTree.ParseText(text, path: Path.Combine(Here, "python", "program.py"));

    [Fact]
    public void ProviderFromThisAssemblyJoinsTheStandardLibrary()
    {
        Assert.Equal(new[] { "stdlib", "fastcounter" }, s_registry.Value.Providers);
        Assert.Equal("fastcounter", Adapter.Origin);
        Assert.NotNull(s_registry.Value.GetModule("math"));
    }

    [Fact]
    public void AdapterAgreesWithItsStubAndItsCrate()
    {
        var problems = AdapterVerifier.Verify(Adapter,
            new RustSourceIndex("fastcounter", Path.Combine(Here, "rust", "src")),
            new RustSourceIndex("pyrt", Path.Combine(GoldenFile.RepoRoot, "runtime", "src")));
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
    }

    [Fact]
    public void AnalyzerAcceptsTheMappedNamesAndReportsOthers()
    {
        var analysis = new ImportAnalyzer(s_registry.Value).Analyze("prog", new[] { Program(File.ReadAllText(Path.Combine(Here, "python", "program.py"))) });
        Assert.Empty(analysis.Diagnostics);
        Assert.Equal(ModuleNodeKind.Mapped, analysis.Graph.GetNode("fastcounter")!.Kind);
        Assert.Same(Adapter, Assert.Single(analysis.Graph.MappedAdapters));

        var bad = new ImportAnalyzer(s_registry.Value).Analyze("prog", new[] { Program("from fastcounter import top, count_word\n") });
        var d = Assert.Single(bad.Diagnostics);
        Assert.Equal("PY4004", d.Id);
        Assert.Equal("module 'fastcounter' has no name 'count_word' (did you mean 'count_words'?); available: VERSION, count_words, top", d.GetMessage());

        // Without the provider the same import is an unknown module.
        var without = new ImportAnalyzer(MappingRegistry.Default).Analyze("prog", new[] { Program("import fastcounter\n") });
        Assert.Equal("PY4001", Assert.Single(without.Diagnostics).Id);
    }

    [Fact]
    public void RequirementsMapToTheAdapter()
    {
        var file = RequirementsFile.Parse("fastcounter>=1.0\nfastcounter<1\n");
        var analysis = new ImportAnalyzer(s_registry.Value).AnalyzeRequirements(file);
        Assert.Same(Adapter, Assert.Single(analysis.Requirements[0].Adapters));
        Assert.Equal("PY4009", Assert.Single(analysis.Diagnostics).Id);
    }

    [Fact]
    public void GeneratedDependenciesNameTheCrateAndTheRuntime()
    {
        var analysis = new ImportAnalyzer(s_registry.Value).Analyze("prog", new[] { Program("import fastcounter, math\n") });
        var toml = Dependencies(analysis).ToToml();
        var crate = FastCounterProvider.CrateDirectory.Replace('\\', '/');
        var runtime = Path.Combine(GoldenFile.RepoRoot, "runtime").Replace('\\', '/');
        Assert.Equal(
            "[dependencies]\n" +
            $"fastcounter = {{ version = \"0.1\", path = \"{crate}\" }}\n" +
            $"pyrt = {{ package = \"py2wasm-runtime\", version = \"{RustEmitter.RuntimeVersion}\", path = \"{runtime}\" }}\n",
            toml);
    }

    /// <summary>
    /// The program's calls rendered from the bindings (what the emitter will do once it reads the registry), built with
    /// the generated Cargo.toml by the project's build driver, and run: its output must be CPython's with the reference
    /// implementation python/fastcounter.py.
    /// </summary>
    [Fact]
    public void RenderedBindingsBuildAndMatchCPython()
    {
        var analysis = new ImportAnalyzer(s_registry.Value).Analyze("prog", new[] { Program(File.ReadAllText(Path.Combine(Here, "python", "program.py"))) });
        Assert.Empty(analysis.Diagnostics);
        const string text = "the quick brown fox jumps over the lazy dog the fox ends";
        var call = RustCall.With("pyrt::obj::Obj::str(TEXT)");
        var main = string.Join("\n",
            "const TEXT: &str = \"" + text + "\";",
            "fn run() -> pyrt::PyResult<()> {",
            "    let kw: Vec<(std::rc::Rc<str>, pyrt::obj::Obj)> = Vec::new();",
            "    println!(\"{}\", pyrt::repr::str(&" + Adapter.GetMember("count_words")!.Rust.Render(call with { Keywords = "&kw" }) + "?));",
            "    println!(\"{}\", pyrt::repr::str(&" + Adapter.GetMember("top")!.Rust.Render(RustCall.With("pyrt::obj::Obj::str(TEXT)", "pyrt::obj::Obj::Int(3)")) + "?));",
            "    println!(\"{}\", pyrt::repr::str(&" + Adapter.GetMember("VERSION")!.Rust.Render(RustCall.None) + "));",
            "    Ok(())",
            "}",
            "fn main() {",
            "    if let Err(e) = run() { eprintln!(\"{}\", e.type_and_message()); std::process::exit(1); }",
            "}",
            "");
        var manifest = "[package]\nname = \"fastcounter-demo\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n" +
            "[[bin]]\nname = \"main\"\npath = \"src/main.rs\"\n\n" + Dependencies(analysis).ToToml() +
            "\n[profile.test-fast]\ninherits = \"release\"\nopt-level = 1\ncodegen-units = 16\n\n[workspace]\n";
        var build = new CrateBuilder(new BuildOptions { NativeProfile = "test-fast" })
            .Build(new[] { new EmittedFile("Cargo.toml", manifest), new EmittedFile("src/main.rs", main) }, BuildTarget.Native);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics.Select(d => d.GetMessage())));

        var ours = Run(build.ArtifactPath!, Here);
        var cpython = Run("python3", Path.Combine(Here, "python"), "program.py");
        Assert.Equal(cpython, ours);
    }

    private static CargoDependencies Dependencies(ImportAnalysis analysis)
    {
        var runtime = new CrateDependency("pyrt", RustEmitter.RuntimeVersion) { Package = "py2wasm-runtime", Path = Path.Combine(GoldenFile.RepoRoot, "runtime") };
        var deps = new CargoManifestBuilder().Add(runtime, "py2wasm").AddAdapters(analysis.Graph.MappedAdapters).Build();
        Assert.True(deps.Success, string.Join("\n", deps.Diagnostics.Select(d => d.GetMessage())));
        return deps;
    }

    private static string Run(string file, string directory, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, file + " failed: " + stderr);
        return stdout;
    }
}
