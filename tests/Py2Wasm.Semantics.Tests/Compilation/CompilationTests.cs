using System.Globalization;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics.Tests;

public class CompilationTests
{
    private static PythonSyntaxTree Tree(string root, string relative, string text) =>
        PythonSyntaxTree.ParseText(text, path: Path.Combine(root, relative));

    private static string NewRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "py2wasm-sem-" + Guid.NewGuid().ToString("N"));
        return root;
    }

    // These tests are about binding and imports; type diagnostics (PY2xxx) have their own tests.
    private static List<string> Ids(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics) =>
        BindingOnly(diagnostics).Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage(CultureInfo.InvariantCulture)}").ToList();

    internal static IEnumerable<Microsoft.CodeAnalysis.Diagnostic> BindingOnly(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics) =>
        diagnostics.Where(d => !d.Id.StartsWith("PY2", StringComparison.Ordinal));

    [Fact]
    public void PackageModulesAndImportsResolve()
    {
        var root = NewRoot();
        var init = Tree(root, "pkg/__init__.py", "from .a import helper\n");
        var a = Tree(root, "pkg/a.py", "from . import b\nfrom .b import f\ndef helper():\n    return b.f() + f()\n");
        var b = Tree(root, "pkg/b.py", "def f():\n    return 1\n");
        var main = Tree(root, "main.py", "import pkg.a\nfrom pkg.b import f\nimport missing.thing\nfrom ..up import x\nprint(pkg.a.helper(), f())\n");
        var compilation = PythonCompilation.Create("app", new[] { init, a, b, main });
        Assert.Equal(new[] { "main", "pkg", "pkg.a", "pkg.b" }, compilation.Modules.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.True(compilation.GetModule(init).IsPackage);
        Assert.Equal("pkg", compilation.GetModule(a).Package);

        var diagnostics = Ids(compilation.GetSemanticModel(main).GetDiagnostics());
        Assert.Contains("PY1102 3 cannot resolve import 'missing.thing': no module of the program or its references has this name", diagnostics);
        Assert.Contains("PY1102 4 cannot resolve import '..up': no module of the program or its references has this name", diagnostics);
        Assert.Equal(2, diagnostics.Count(d => d.StartsWith("PY1102", StringComparison.Ordinal)));
        Assert.Empty(BindingOnly(compilation.GetSemanticModel(a).GetDiagnostics()));
        Assert.Empty(BindingOnly(compilation.GetSemanticModel(init).GetDiagnostics()));

        // pkg.a.helper in main resolves through the module to the def in pkg/a.py.
        var model = compilation.GetSemanticModel(main);
        var call = main.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>().First(m => m.Name.Text == "helper");
        var helper = Assert.IsType<FunctionSymbol>(model.GetSymbolInfo(call).Symbol);
        Assert.Same(a, helper.Syntax.SyntaxTree);
        var pkgA = Assert.IsType<ModuleSymbol>(model.GetSymbolInfo((ExpressionSyntax)call.Expression).Symbol);
        Assert.Equal("pkg.a", pkgA.QualifiedName);
    }

    [Fact]
    public void ImportCyclesAreReported()
    {
        var root = NewRoot();
        var a = Tree(root, "a.py", "import b\n");
        var b = Tree(root, "b.py", "from c import g\n");
        var c = Tree(root, "c.py", "import a\ndef g(): pass\n");
        var d = Tree(root, "d.py", "def lazy():\n    import d\n");
        var compilation = PythonCompilation.Create("cyc", new[] { a, b, c, d });
        var all = Ids(compilation.GetDiagnostics());
        Assert.Equal(3, all.Count(x => x.StartsWith("PY1103", StringComparison.Ordinal)));
        Assert.Contains("PY1103 1 modules import each other at module level: a, b, c", all);
        Assert.Empty(BindingOnly(compilation.GetSemanticModel(d).GetDiagnostics()));
    }

    [Fact]
    public void ReferenceStubsProvideModules()
    {
        var root = NewRoot();
        var stubs = NewRoot();
        var math = PythonSyntaxTree.ParseText("def sqrt(x: float) -> float: ...\npi: float\n", path: Path.Combine(stubs, "math.pyi"));
        var osInit = PythonSyntaxTree.ParseText("sep: str\n", path: Path.Combine(stubs, "os", "__init__.pyi"));
        var osPath = PythonSyntaxTree.ParseText("def join(a: str, *p: str) -> str: ...\n", path: Path.Combine(stubs, "os", "path.pyi"));
        var main = Tree(root, "main.py", "import math\nimport os.path\nprint(math.sqrt(math.pi), os.path.join('a'))\n");
        var compilation = PythonCompilation.Create("app", new[] { main }, new[] { math, osInit, osPath });
        Assert.Empty(BindingOnly(compilation.GetDiagnostics()));
        Assert.True(compilation.GetModule("os.path")!.IsReference);
        var model = compilation.GetSemanticModel(main);
        var sqrt = main.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>().First(m => m.Name.Text == "sqrt");
        var symbol = Assert.IsType<FunctionSymbol>(model.GetSymbolInfo(sqrt).Symbol);
        Assert.Equal("x", symbol.Parameters.Single().Name);
        var join = main.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>().First(m => m.Name.Text == "join");
        var joinSymbol = Assert.IsType<FunctionSymbol>(model.GetSymbolInfo(join).Symbol);
        Assert.Equal(ParameterKind.VarPositional, joinSymbol.Parameters[1].ParameterKind);
    }

    [Fact]
    public void ClassSymbolsHaveBasesMroAndAttributes()
    {
        var src = """
            class A:
                x = 1
                def __init__(self):
                    self.a = 1
                    self.__hidden = 2
            class B(A):
                def set(self, v):
                    self.b, self.c = v, v
            class C(A):
                @staticmethod
                def s(self):
                    self.not_attr = 1
            class D(B, C):
                pass
            class Bad(A, B):
                pass
            """;
        var tree = PythonSyntaxTree.ParseText(src);
        var compilation = PythonCompilation.Create("t", new[] { tree });
        var model = compilation.GetSemanticModel(tree);
        var classes = tree.GetRoot().DescendantNodes().OfType<ClassDefinitionSyntax>().Select(c => (ClassSymbol)model.GetDeclaredSymbol(c)!).ToDictionary(c => c.Name);
        Assert.Equal(new[] { "D", "B", "C", "A" }, classes["D"].Mro.Select(c => c.Name));
        Assert.Empty(classes["Bad"].Mro); // CPython: TypeError, no consistent MRO
        Assert.Equal(new[] { "_A__hidden", "__init__", "a", "x" }, classes["A"].Attributes);
        Assert.Equal(new[] { "b", "c", "set" }, classes["B"].Attributes);
        Assert.Equal(new[] { "s" }, classes["C"].Attributes);
        Assert.Equal(new[] { "B", "C" }, classes["D"].Bases.Select(b => b.Name));
        // Attribute lookup through the MRO: D.x is A's x.
        var tree2 = PythonSyntaxTree.ParseText(src + "\nprint(D.x)\n");
        var model2 = PythonCompilation.Create("t", new[] { tree2 }).GetSemanticModel(tree2);
        var access = tree2.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>().Last();
        var x = Assert.IsType<VariableSymbol>(model2.GetSymbolInfo(access).Symbol);
        Assert.Equal("A", x.ContainingScope!.Name);
    }

    [Fact]
    public void FunctionSymbolsDescribeParameters()
    {
        var tree = PythonSyntaxTree.ParseText("@dec\nasync def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    yield a\nf2 = lambda x, *, y: x\n");
        var model = PythonCompilation.Create("t", new[] { tree }).GetSemanticModel(tree);
        var f = (FunctionSymbol)model.GetDeclaredSymbol(tree.GetRoot().DescendantNodes().OfType<FunctionDefinitionSyntax>().Single())!;
        Assert.True(f.IsAsync);
        Assert.True(f.IsGenerator);
        Assert.Single(f.Decorators);
        Assert.Equal(
            new[] { "a:PositionalOnly", "b:PositionalOnly", "c:PositionalOrKeyword", "args:VarPositional", "d:KeywordOnly", "e:KeywordOnly", "kw:VarKeyword" },
            f.Parameters.Select(p => $"{p.Name}:{p.ParameterKind}"));
        Assert.Equal(new[] { false, true, true, false, false, true, false }, f.Parameters.Select(p => p.HasDefault));
        var lambda = (FunctionSymbol)model.GetDeclaredSymbol(tree.GetRoot().DescendantNodes().OfType<LambdaExpressionSyntax>().Single())!;
        Assert.True(lambda.IsLambda);
        Assert.Equal(new[] { ParameterKind.PositionalOrKeyword, ParameterKind.KeywordOnly }, lambda.Parameters.Select(p => p.ParameterKind));
    }

    [Fact]
    public void NamesResolveWithPythonScoping()
    {
        var src = """
            count = 0
            class K:
                count = 1
                def m(self):
                    return count, super(), __class__
            def outer():
                v = 1
                def inner():
                    return v, len
                return inner
            """;
        var tree = PythonSyntaxTree.ParseText(src);
        var model = PythonCompilation.Create("t", new[] { tree }).GetSemanticModel(tree);
        var names = tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>().ToList();
        PySymbol? Resolve(string text, int nth = 0) => model.GetSymbolInfo(names.Where(n => n.Identifier.Text == text).ElementAt(nth)).Symbol;

        var countInMethod = Assert.IsType<VariableSymbol>(Resolve("count", 0));
        Assert.Equal(ScopeKind.Module, countInMethod.ContainingScope!.Kind); // the class's count is not visible in m
        Assert.IsType<ClassSymbol>(Resolve("__class__"));
        Assert.IsType<BuiltinSymbol>(Resolve("super"));
        var v = Assert.IsType<VariableSymbol>(Resolve("v", 0));
        Assert.Equal("outer", v.ContainingScope!.Name);
        Assert.True(v.Entry.IsCell);
        Assert.IsType<BuiltinSymbol>(Resolve("len"));

        // Inside m: self, then module names and builtins; the class body's names are not visible.
        int inM = src.IndexOf("return count", StringComparison.Ordinal);
        var visible = model.LookupSymbols(inM).Select(s => s.Name).ToList();
        Assert.Contains("self", visible);
        Assert.Contains("K", visible);
        Assert.Contains("outer", visible);
        Assert.Contains("print", visible);
        Assert.Equal(1, visible.Count(n => n == "count"));
        Assert.IsType<VariableSymbol>(model.LookupSymbols(inM).First(s => s.Name == "count"));
        Assert.Equal(ScopeKind.Module, model.LookupSymbols(inM).First(s => s.Name == "count").ContainingScope!.Kind);
        Assert.DoesNotContain("m", visible);
    }

    [Fact]
    public void SemanticModelsAreSharedAndThreadSafe()
    {
        var trees = Enumerable.Range(0, 16).Select(i => PythonSyntaxTree.ParseText($"def f{i}(x):\n    if x:\n        y = 1\n    return y\n", path: $"/virtual/m{i}.py")).ToList();
        var compilation = PythonCompilation.Create("t", trees);
        var results = new string[trees.Count * 4];
        Parallel.For(0, results.Length, i =>
        {
            var model = compilation.GetSemanticModel(trees[i % trees.Count]);
            results[i] = string.Join("|", Ids(model.GetDiagnostics()));
        });
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal("PY1100 4 local variable 'y' may be referenced before assignment (UnboundLocalError)", results[i]);
        }
        Assert.Same(compilation.GetSemanticModel(trees[0]), compilation.GetSemanticModel(trees[0]));
    }
}

public class SymbolTypeTests
{
    [Fact]
    public void BindingsHaveTypesAndRustRepresentations()
    {
        var tree = PythonSyntaxTree.ParseText("def f(a: float, b):\n    total = 0.0\n    for i in range(3):\n        total = total + a\n    return total\n");
        var model = PythonCompilation.Create("t", new[] { tree }).GetSemanticModel(tree);
        var f = model.SymbolTable.Root.Children.Single();
        string TypeOf(string name) => model.GetSymbolType(model.GetSymbol(f.Lookup(name)!)).Type + "";
        Assert.Equal("float -> f64", TypeOf("a"));
        Assert.Equal("Any -> Obj", TypeOf("b"));
        Assert.Equal("float -> f64", TypeOf("total"));
        Assert.Equal("int -> i64", TypeOf("i"));
    }
}
