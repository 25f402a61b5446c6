using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Py2Wasm.Emit.Rust;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Tests;

/// <summary>
/// One golden Rust output per language feature (Snapshots/NAME.py → NAME.rs, the module the emitter writes,
/// the default, typed mode; typed_floats.dynamic.rs is typed_floats.py with --dynamic-only). They document how Python becomes Rust; accept changes with PY2WASM_ACCEPT=1.
/// </summary>
public sealed class EmitterSnapshotTests
{
    private static string SnapshotDir => Path.Combine(GoldenFile.RepoRoot, "tests", "Py2Wasm.Emit.Tests", "Snapshots");

    public static IEnumerable<object[]> Features() =>
        Directory.EnumerateFiles(SnapshotDir, "*.py").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n! });

    internal static EmitResult EmitSource(string name, string source, bool dynamicOnly = false)
    {
        var tree = PythonSyntaxTree.ParseText(source, path: name + ".py");
        var program = new PythonProgram(name, ImmutableArray.Create(new SourceModule(name, tree, IsEntry: true)));
        return new RustEmitter().Emit(program, new EmitOptions { RuntimePath = "../runtime", DynamicOnly = dynamicOnly });
    }

    /// <summary>
    /// typed_floats.py with <c>--dynamic-only</c> (typed_floats.dynamic.rs, next to the typed typed_floats.rs): every
    /// local is an <c>Obj</c> again, and no function has a second body.
    /// </summary>
    [Fact]
    public void TypedFloatsDynamicOnly()
    {
        var source = File.ReadAllText(Path.Combine(SnapshotDir, "typed_floats.py"));
        var typed = EmitSource("typed_floats", source).Files.Single(f => f.RelativePath == "src/m_typed_floats.rs").Text;
        var result = EmitSource("typed_floats", source, dynamicOnly: true);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        var dynamic = result.Files.Single(f => f.RelativePath == "src/m_typed_floats.rs").Text;
        Assert.Contains("Option<f64>", typed, StringComparison.Ordinal);
        Assert.Contains("typed_args", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("f64>", dynamic, StringComparison.Ordinal);
        Assert.DoesNotContain("typed_args", dynamic, StringComparison.Ordinal);
        GoldenFile.Verify(Path.Combine(SnapshotDir, "typed_floats.dynamic.rs"), dynamic);
    }

    /// <summary>
    /// typed_ints.py with <c>--dynamic-only</c> (typed_ints.dynamic.rs): the int locals of typed_ints.rs are <c>Obj</c>s again.
    /// </summary>
    [Fact]
    public void TypedIntsDynamicOnly()
    {
        var source = File.ReadAllText(Path.Combine(SnapshotDir, "typed_ints.py"));
        var typed = EmitSource("typed_ints", source).Files.Single(f => f.RelativePath == "src/m_typed_ints.rs").Text;
        var result = EmitSource("typed_ints", source, dynamicOnly: true);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        var dynamic = result.Files.Single(f => f.RelativePath == "src/m_typed_ints.rs").Text;
        Assert.Contains("Option<pyrt::Int>", typed, StringComparison.Ordinal);
        Assert.Contains("emit::range_item", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Option<pyrt::Int>", dynamic, StringComparison.Ordinal);
        Assert.DoesNotContain("emit::local_int", dynamic, StringComparison.Ordinal);
        GoldenFile.Verify(Path.Combine(SnapshotDir, "typed_ints.dynamic.rs"), dynamic);
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void FeatureSnapshot(string feature)
    {
        var source = File.ReadAllText(Path.Combine(SnapshotDir, feature + ".py"));
        var result = EmitSource(feature, source);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        var module = result.Files.Single(f => f.RelativePath == "src/" + RustNamesForTests.Module(feature) + ".rs");
        GoldenFile.Verify(Path.Combine(SnapshotDir, feature + ".rs"), module.Text);
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        var source = File.ReadAllText(Path.Combine(SnapshotDir, "classes.py"));
        var a = EmitSource("classes", source);
        var b = EmitSource("classes", source);
        Assert.Equal(a.Files.Select(f => f.RelativePath + "\n" + f.Text), b.Files.Select(f => f.RelativePath + "\n" + f.Text));
    }

    [Fact]
    public void CrateHasManifestMainAndOneModulePerPythonModule()
    {
        var result = EmitSource("hello", "print('hi')\n");
        Assert.Equal(new[] { "Cargo.toml", "src/main.rs", "src/m_hello.rs" }, result.Files.Select(f => f.RelativePath).ToArray());
        var toml = result.Files[0].Text;
        Assert.Contains("package = \"py2wasm-runtime\", version = \"0.1.0\"", toml, StringComparison.Ordinal);
        Assert.Contains("edition = \"2021\"", toml, StringComparison.Ordinal);
        Assert.Contains("[profile.wasm]", toml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x = \"\\\"); panic!(\\\"injected\"\nprint(x)\n")]
    [InlineData("x = '*/ } fn evil() { /*'\nprint(x)\n")]
    [InlineData("print('\\u202e reversed \\n \\\\ \" {}')\n")]
    public void StringLiteralsCannotInjectRust(string source)
    {
        var result = EmitSource("inject", source);
        Assert.True(result.Success);
        var text = result.Files.Single(f => f.RelativePath == "src/m_inject.rs").Text;
        var code = CodeOnly(text);
        Assert.DoesNotContain("panic!", code, StringComparison.Ordinal);
        Assert.DoesNotContain("fn evil", code, StringComparison.Ordinal);
        Assert.True(text.All(c => c == '\n' || (c >= 0x20 && c < 0x7F)), "generated Rust must be printable ASCII");
    }

    /// <summary>The Rust text without string literals and line comments (what the Rust compiler reads as code).</summary>
    private static string CodeOnly(string rust)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < rust.Length; i++)
        {
            char c = rust[i];
            if (c == '/' && i + 1 < rust.Length && rust[i + 1] == '/')
            {
                while (i < rust.Length && rust[i] != '\n') i++;
                sb.Append('\n');
            }
            else if (c == '"')
            {
                for (i++; i < rust.Length && rust[i] != '"'; i++)
                {
                    if (rust[i] == '\\') i++;
                }
                sb.Append("\"\"");
            }
            else if (c == '\'' && i + 2 < rust.Length && (rust[i + 2] == '\'' || rust[i + 1] == '\\'))
            {
                // a char literal such as 'r' or '\n'
                int end = rust.IndexOf('\'', i + 2);
                i = end;
                sb.Append("' '");
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    [Theory]
    [InlineData("match = 1\ntype = 2\nfn = match + type\nprint(fn)\n")]
    [InlineData("def r#x(): pass\n")]
    public void RustKeywordsAsPythonNamesAreEscaped(string source)
    {
        var result = EmitSource("kw", source);
        if (source.Contains("r#x", StringComparison.Ordinal))
        {
            Assert.False(result.Success);
            return;
        }
        Assert.True(result.Success);
        var text = result.Files.Single(f => f.RelativePath == "src/m_kw.rs").Text;
        Assert.Contains("G_match", text, StringComparison.Ordinal);
        Assert.Contains("G_fn", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("print(eval('1'))\n", "PY3005", 1, 7)]
    [InlineData("print(locals())\n", "PY3005", 1, 7)]
    [InlineData("class A:\n    x = vars()\n", "PY3005", 2, 9)]
    [InlineData("class A:\n    def m(self):\n        super().m()\n        return locals()\n", "PY3005", 4, 16)]
    [InlineData("import tkinter\n", "PY4003", 1, 8)]
    [InlineData("class D(bytes):\n    pass\n", "PY3008", 1, 9)]
    [InlineData("class A:\n    def __getattribute__(self, n):\n        return 1\n", "PY3008", 2, 5)]
    [InlineData("def g(x):\n    match x:\n        case 1 if (yield 1):\n            pass\n", "PY3003", 3, 16)]
    [InlineData("m = memoryview(b'f')\n", "PY3006", 1, 5)]
    [InlineData("s = '\\ud800'\n", "PY3007", 1, 5)]
    [InlineData("async def f(x):\n    print(x and await g())\n", "PY3003", 2, 17)]
    [InlineData("import math\nprint(math.sumprod([1], [2]))\n", "PY4005", 2, 12)]
    [InlineData("def g():\n    try:\n        yield 1\n    except* ValueError:\n        pass\n", "PY3001", 4, 5)]
    [InlineData("for i in range(2):\n    try:\n        pass\n    except* ValueError:\n        continue\n", "PY3009", 5, 9)]
    [InlineData("def f():\n    try:\n        pass\n    except* ValueError:\n        for i in range(2):\n            break\n        return 1\n", "PY3009", 7, 9)]
    public void UnsupportedFeaturesGetDiagnosticsAtThePythonLocation(string source, string id, int line, int column)
    {
        var result = EmitSource("bad", source);
        Assert.False(result.Success);
        Assert.Empty(result.Files);
        var d = result.Diagnostics.First();
        Assert.Equal(id, d.Id);
        var span = d.Location.GetLineSpan();
        Assert.Equal("bad.py", span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    [Fact]
    public void EveryDiagnosticHasADocumentationPage()
    {
        foreach (var d in EmitDiagnostics.All.Concat(Py2Wasm.Build.BuildDiagnostics.All))
        {
            Assert.True(File.Exists(Path.Combine(GoldenFile.RepoRoot, "docs", "diagnostics", d.Id + ".md")), d.Id + " has no docs/diagnostics page");
            Assert.Equal("docs/diagnostics/" + d.Id + ".md", d.HelpLinkUri);
        }
    }

    [Fact]
    public void ThirdPartyEmittersCanBeRegistered()
    {
        EmitterRegistry.Register(new CountingEmitter());
        var e = EmitterRegistry.Get("count-statements");
        Assert.NotNull(e);
        var tree = PythonSyntaxTree.ParseText("a = 1\nb = 2\n", path: "m.py");
        var r = e!.Emit(new PythonProgram("m", ImmutableArray.Create(new SourceModule("m", tree, true))), EmitOptions.Default);
        Assert.Equal("2\n", r.Files.Single().Text);
        Assert.Contains("rust", EmitterRegistry.Names);
    }

    /// <summary>The example emitter of docs/adding-an-emitter.md: counts top-level statements.</summary>
    private sealed class CountingEmitter : IEmitter
    {
        public string Name => "count-statements";

        public EmitResult Emit(PythonProgram program, EmitOptions options)
        {
            var n = program.Entry.Tree.GetRoot().Statements.Count;
            return new EmitResult(ImmutableArray.Create(new EmittedFile("count.txt", n + "\n")), ImmutableArray<Diagnostic>.Empty);
        }
    }
}

internal static class RustNamesForTests
{
    public static string Module(string name) => "m_" + name;
}
