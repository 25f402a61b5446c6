using Py2Wasm.Mapping.Verification;
using Py2Wasm.Semantics;
using Py2Wasm.Syntax;
using Py2Wasm.Syntax.Tests.Infrastructure;

namespace Py2Wasm.Mapping.Tests;

/// <summary>
/// Every standard-library adapter against the binder (its stub parses and declares exactly the bound names), the
/// runtime's Rust source (every path exists, every dispatch key is handled) and CPython's <c>dir()</c>.
/// </summary>
public class StdlibAdapterTests
{
    private static readonly Lazy<RustSourceIndex> s_runtime = new(() => new RustSourceIndex("pyrt", Path.Combine(GoldenFile.RepoRoot, "runtime", "src")));

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var m in MappingRegistry.Default.Modules)
        {
            data.Add(m.ModuleName);
        }
        return data;
    }

    [Fact]
    public void TheDefaultRegistryMapsEveryModuleTheRuntimeExports()
    {
        // runtime/src/modules/mod.rs lists the modules `import` can create: (name, &[functions]).
        var exports = File.ReadAllText(Path.Combine(GoldenFile.RepoRoot, "runtime", "src", "modules", "mod.rs"));
        var start = exports.IndexOf("const EXPORTS", StringComparison.Ordinal);
        var table = exports[start..exports.IndexOf("];", start, StringComparison.Ordinal)];
        var runtimeModules = System.Text.RegularExpressions.Regex.Matches(table, "\\(\"([a-z_]+)\", &\\[").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(runtimeModules);
        var mapped = MappingRegistry.Default.Modules.Select(m => m.ModuleName).ToHashSet();
        Assert.Empty(runtimeModules.Except(mapped));
        // typing is the one module without runtime code: its names exist for annotations only.
        Assert.Equal(new[] { "typing" }, mapped.Except(runtimeModules));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void AdapterAgreesWithItsStubAndTheRuntimeSource(string module)
    {
        var adapter = MappingRegistry.Default.GetModule(module)!;
        var problems = AdapterVerifier.Verify(adapter, s_runtime.Value);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void EveryMappedFunctionIsExportedByTheRuntimeModuleObject(string module)
    {
        // Dynamic code reads functions off the module object (`emit::stdlib::import`), whose names are EXPORTS.
        if (module == "typing")
        {
            return;
        }
        var adapter = MappingRegistry.Default.GetModule(module)!;
        var exportsFile = File.ReadAllText(Path.Combine(GoldenFile.RepoRoot, "runtime", "src", "modules", "mod.rs"));
        var row = System.Text.RegularExpressions.Regex.Match(exportsFile, "\\(\"" + module + "\", &\\[([^\\]]*)\\]");
        Assert.True(row.Success, module + " is not in EXPORTS");
        var exported = System.Text.RegularExpressions.Regex.Matches(row.Groups[1].Value, "\"([A-Za-z_0-9.]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        var functions = adapter.Members.Where(m => m.Kind is MemberKind.Function || (m.Kind == MemberKind.Class && m.Rust.Kind == RustBindingKind.Dispatch)).Select(m => m.Name);
        var missing = functions.Where(f => !exported.Contains(f)).ToList();
        Assert.True(missing.Count == 0, "mapped but not in the runtime's EXPORTS: " + string.Join(", ", missing));
        // And the other way: a function the runtime adds must be mapped (and stubbed) before programs can import it.
        var unmapped = exported.Where(f => !f.Contains('.') && adapter.GetMember(f) is null).ToList();
        Assert.True(unmapped.Count == 0, "exported by the runtime but not mapped by the adapter: " + string.Join(", ", unmapped));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void EveryMappedNameExistsInCPython(string module)
    {
        Assert.True(CPythonNames.TryGetNames(module, out var names), module + " is not in the CPython data");
        var adapter = MappingRegistry.Default.GetModule(module)!;
        var extra = adapter.Members.Select(m => m.Name).Where(n => !names.ContainsKey(n)).ToList();
        Assert.True(extra.Count == 0, "not in CPython's dir(): " + string.Join(", ", extra));
    }

    [Fact]
    public void StubsAreReferencesOfACompilation()
    {
        var program = PythonSyntaxTree.ParseText(
            "import math\nfrom collections import deque, Counter\nimport re\nprint(math.sqrt(2), deque(), re.compile('a'))\n", path: "/virtual/prog/main.py");
        var compilation = MappingRegistry.Default.CreateCompilation("prog", new[] { program });
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Id == SemanticDiagnostics.IdOf(SemanticErrorCode.UnresolvedImport));
        var math = compilation.GetModule("math");
        Assert.NotNull(math);
        Assert.True(math!.IsReference);
        var sqrt = compilation.GetSymbolTable(math.Tree).Root.Lookup("sqrt");
        Assert.NotNull(sqrt);
        var model = compilation.GetSemanticModel(program);
        var call = program.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>().First(m => m.Name.Text == "sqrt");
        Assert.IsType<ModuleSymbol>(model.GetSymbolInfo(call.Expression).Symbol);
        Assert.NotNull(model.GetSymbolInfo(call).Symbol);
    }

    [Fact]
    public void StubsHaveNoSyntaxOrBindingErrors()
    {
        foreach (var tree in MappingRegistry.Default.StubTrees)
        {
            Assert.Empty(tree.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
            Assert.Equal(tree.Text.ToString(), tree.GetRoot().ToFullString());
        }
    }

    [Fact]
    public void BindingsRenderToRustCalls()
    {
        var sqrt = MappingRegistry.Default.GetMember("math", "sqrt")!;
        Assert.Equal(RustBindingKind.Dispatch, sqrt.Rust.Kind);
        Assert.Equal("pyrt::modules::math::call(\"sqrt\", &[x], &[])", sqrt.Rust.Render(RustCall.With("x")));
        var append = MappingRegistry.Default.GetMember("collections", "deque.append")!;
        Assert.Equal("pyrt::ops::call_method(&d, \"append\", &[v], &kw)", append.Rust.Render(new RustCall { Receiver = "&d", Arguments = ["v"], Keywords = "&kw" }));
        Assert.Equal("pyrt::obj::Obj::Float(pyrt::modules::math::PI)", MappingRegistry.Default.GetMember("math", "pi")!.Rust.Render(RustCall.None));
        Assert.Equal("pyrt::emit::stdlib::import(\"math\")", MappingRegistry.Default.GetModule("math")!.ModuleObject.Render(RustCall.None));
        Assert.Equal(new[] { "pyrt::obj::Obj::Float", "pyrt::modules::math::PI" }, MappingRegistry.Default.GetMember("math", "pi")!.Rust.Paths);
    }

    [Fact]
    public void RustSourceIndexFindsItemsAndRejectsMissingOnes()
    {
        var index = s_runtime.Value;
        Assert.Null(index.CheckPath("pyrt::modules::math::call"));
        Assert.Null(index.CheckPath("pyrt::obj::Obj::Float"));
        Assert.Null(index.CheckPath("std::f64::consts::PI"));
        Assert.Contains("no public item 'no_such_fn'", index.CheckPath("pyrt::modules::math::no_such_fn"));
        Assert.NotNull(index.CheckPath("pyrt::no_such_module::f"));
        Assert.True(index.ContainsLiteral("pyrt::modules::math::call", "sqrt"));
        Assert.False(index.ContainsLiteral("pyrt::modules::math::call", "no_such_function"));
    }

    [Fact]
    public void VerifierReportsStubsAndBindingsThatDisagree()
    {
        var adapter = ModuleAdapter.Create("broken")
            .WithStub("def declared() -> int: ...\nclass K:\n    def m(self) -> None: ...\ndef oops(:\n")
            .WithModuleObject(RustBinding.FromTemplate("pyrt::emit::stdlib::import(\"broken\")"))
            .Function("bound_only", RustBinding.Dispatch("pyrt::modules::math::call", "not_a_math_function"))
            .Class("K", RustBinding.Dispatch("pyrt::modules::math::call", "sqrt"), k => k.Methods("n"))
            .Function("missing_path", RustBinding.FromTemplate("pyrt::modules::math::nope({args})"))
            .Build();
        var problems = AdapterVerifier.Verify(adapter, s_runtime.Value);
        Assert.Contains(problems, p => p.Contains("broken.pyi(4,"));
        Assert.Contains("broken: the stub declares 'declared', but nothing binds it to Rust", problems);
        Assert.Contains("broken: 'bound_only' is bound to Rust, but the stub does not declare it", problems);
        Assert.Contains("broken.K: the stub declares 'm', but nothing binds it to Rust", problems);
        Assert.Contains("broken.K: 'n' is bound to Rust, but the stub does not declare it", problems);
        Assert.Contains(problems, p => p.Contains("has no case \"not_a_math_function\""));
        Assert.Contains(problems, p => p.Contains("no public item 'nope'"));
        Assert.Contains(problems, p => p.Contains("names the method \"n\""));
    }
}
