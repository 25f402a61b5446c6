using System.Collections.Immutable;
using System.Diagnostics;
using FastCounter;
using Py2Wasm.Cli.Commands;
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
    /// The extension end to end: the emitter, given the registry with this assembly's provider, compiles a program that
    /// imports 'fastcounter' (calls rendered from the adapter's bindings, the crate in the generated Cargo.toml); the
    /// project's build driver builds it natively and it prints what CPython prints with the reference implementation
    /// python/fastcounter.py.
    /// </summary>
    [Fact]
    public void ProgramImportingTheExtensionCompilesBuildsAndMatchesCPython()
    {
        var path = Path.Combine(Here, "python", "program.py");
        var program = new PythonProgram("program", ImmutableArray.Create(new SourceModule("program", Program(File.ReadAllText(path)), IsEntry: true)));
        var runtime = Path.Combine(GoldenFile.RepoRoot, "runtime");
        var emitted = new RustEmitter().Emit(program, new EmitOptions { RuntimePath = runtime, Mappings = s_registry.Value });
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Select(d => d.Id + " " + d.GetMessage())));

        var cargo = emitted.Files.Single(f => f.RelativePath == "Cargo.toml").Text;
        Assert.Contains(Dependencies(new[] { Adapter }).ToToml(), cargo, StringComparison.Ordinal);
        var code = emitted.Files.Single(f => f.RelativePath == "src/m_program.rs").Text;
        Assert.Contains("fastcounter::call(\"count_words\", &[", code, StringComparison.Ordinal);
        Assert.Contains("pyrt::obj::Obj::str(fastcounter::VERSION)", code, StringComparison.Ordinal);
        Assert.Contains("fastcounter::module()", emitted.Files.Single(f => f.RelativePath == "src/py2wasm_mapped.rs").Text, StringComparison.Ordinal);

        var build = new CrateBuilder(new BuildOptions { NativeProfile = "test-fast" }).Build(emitted.Files, BuildTarget.Native);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics.Select(d => d.GetMessage())));
        var ours = Run(build.ArtifactPath!, Here);
        var cpython = Run("python3", Path.Combine(Here, "python"), "program.py");
        Assert.Equal(cpython, ours);
    }

    /// <summary>Without the provider the emitter reports the import with the mapping's diagnostic, and only that one.</summary>
    [Fact]
    public void WithoutTheProviderTheEmitterReportsTheUnknownModule()
    {
        var program = new PythonProgram("program", ImmutableArray.Create(new SourceModule("program", Program("import fastcounter\nprint(fastcounter.top('a', 1))\n"), IsEntry: true)));
        var emitted = new RustEmitter().Emit(program, new EmitOptions { RuntimePath = "runtime" });
        var d = Assert.Single(emitted.Diagnostics);
        Assert.Equal("PY4001", d.Id);
        Assert.Equal((0, 7), (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character));
    }

    /// <summary><c>py2wasm check/emit --mapping THIS.dll</c> loads the provider from this assembly; without it the import is PY4001.</summary>
    [Fact]
    public void CommandLineLoadsProvidersWithTheMappingOption()
    {
        var dir = Path.Combine(Path.GetTempPath(), "py2wasm-mapping-cli-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        // Alone in its folder: next to python/fastcounter.py the import would resolve to that program module instead.
        var program = Path.Combine(dir, "program.py");
        File.Copy(Path.Combine(Here, "python", "program.py"), program, overwrite: true);
        var dll = typeof(FastCounterProvider).Assembly.Location;
        if (Environment.GetEnvironmentVariable("PY2WASM_RUNTIME") is null)
        {
            Environment.SetEnvironmentVariable("PY2WASM_RUNTIME", Path.Combine(GoldenFile.RepoRoot, "runtime"));
        }

        var (exit, _, stderr) = Cli("check", program);
        Assert.Equal(1, exit);
        Assert.Contains("error PY4001: no module named 'fastcounter'", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = Cli("check", program, "--mapping", dll);
        Assert.True(exit == 0, stderr);
        Assert.Equal("", stderr);

        var output = Path.Combine(dir, "crate");
        (exit, _, stderr) = Cli("emit", program, "--mapping", dll, "-o", output);
        Assert.True(exit == 0, stderr);
        Assert.Contains("fastcounter = { version = \"0.1\", path = ", File.ReadAllText(Path.Combine(output, "Cargo.toml")), StringComparison.Ordinal);

        (exit, _, stderr) = Cli("check", program, "--mapping", Path.Combine(dir, "missing.dll"));
        Assert.Equal(2, exit);
        Assert.Contains("--mapping: no such assembly", stderr, StringComparison.Ordinal);
        (exit, _, stderr) = Cli("check", program, "--mapping", typeof(CommandLine).Assembly.Location);
        Assert.Equal(2, exit);
        Assert.Contains("has no public IMappingProvider", stderr, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CommandLine.Default.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static CargoDependencies Dependencies(ImportAnalysis analysis) => Dependencies(analysis.Graph.MappedAdapters);

    private static CargoDependencies Dependencies(IEnumerable<ModuleAdapter> adapters)
    {
        var runtime = new CrateDependency("pyrt", RustEmitter.RuntimeVersion) { Package = "py2wasm-runtime", Path = Path.Combine(GoldenFile.RepoRoot, "runtime") };
        var deps = new CargoManifestBuilder().Add(runtime, "py2wasm").AddAdapters(adapters).Build();
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
