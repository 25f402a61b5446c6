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
    public void EveryMappedModuleIsNamedByTheRuntimeModuleTable(string module)
    {
        // Dynamic code imports the module object (`emit::stdlib::import`), which runtime/src/modules/mod.rs builds
        // and dispatches by module name.
        if (MappingRegistry.Default.GetModule(module)!.ModuleObject.Kind is RustBindingKind.TypeOnly or RustBindingKind.Python)
        {
            return; // typing, dataclasses: no module object (`import typing` is not compiled); unittest: implemented in Python
        }
        // Each function's key is checked against its dispatcher by AdapterAgreesWithItsStubAndTheRuntimeSource.
        Assert.True(s_runtime.Value.ContainsLiteral("pyrt::modules", module), module + " is not named in runtime/src/modules/mod.rs");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void EveryMappedNameExistsInCPython(string module)
    {
        var adapter = MappingRegistry.Default.GetModule(module)!;
        // A private half (`_contextlib`) maps names of the module it is part of.
        Assert.True(CPythonNames.TryGetNames(adapter.PartOf ?? module, out var names), module + " is not in the CPython data");
        // The data holds dir() without private names; a private one (`os._exit`) is checked by its snippet.
        var extra = adapter.Members.Select(m => m.Name).Where(n => !n.StartsWith('_') && !names.ContainsKey(n)).ToList();
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
        // The module's own builder: a program links only the runtime modules it imports.
        Assert.Equal("pyrt::emit::stdlib::import_with(\"math\", pyrt::modules::import_math)", MappingRegistry.Default.GetModule("math")!.ModuleObject.Render(RustCall.None));
        Assert.Equal("pyrt::emit::stdlib::import_with(\"_contextlib\", pyrt::modules::import_contextlib)", MappingRegistry.Default.GetModule("_contextlib")!.ModuleObject.Render(RustCall.None));
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
