using System.Text;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics.Tests;

/// <summary>The semantic model's type answers: thread-safe, the same from any thread, bounded on huge expressions.</summary>
public class TypeModelTests
{
    private static List<PythonSyntaxTree> Programs() =>
        Directory.GetFiles(Oracle.TestFile("Precision"), "*.py").OrderBy(p => p, StringComparer.Ordinal).Take(4)
            .Select(p => PythonSyntaxTree.ParseText(File.ReadAllText(p), path: p)).ToList();

    /// <summary>Every answer of the model for <paramref name="tree"/>, asked in node order or in reverse, listed in node order.</summary>
    private static string Answers(PythonCompilation compilation, PythonSyntaxTree tree, bool reverse)
    {
        var model = compilation.GetSemanticModel(tree);
        var nodes = tree.GetRoot().DescendantNodes().ToList();
        var answers = new string?[nodes.Count];
        for (int k = 0; k < nodes.Count; k++)
        {
            int i = reverse ? nodes.Count - 1 - k : k;
            answers[i] = nodes[i] switch
            {
                ExpressionSyntax e => $"{e.SpanStart} {model.GetTypeInfo(e).Type}",
                StatementSyntax s => $"{s.SpanStart} sees {model.LookupSymbols(s.SpanStart).Length}",
                _ => null,
            };
        }
        var diagnostics = model.GetDiagnostics().Select(d => $"{d.Id} {d.Location.SourceSpan}");
        return string.Join("\n", answers.Where(a => a is not null).Concat(diagnostics));
    }

    [Fact]
    public void ManyThreadsGetTheSameAnswersAsOne()
    {
        var trees = Programs();
        var sequential = PythonCompilation.Create("seq", trees);
        var expected = trees.Select(t => Answers(sequential, t, reverse: false)).ToList();

        // A fresh compilation hammered from 8 threads at once, each walking the trees in its own order.
        var shared = PythonCompilation.Create("par", trees);
        var results = new string[8, trees.Count];
        using var start = new ManualResetEventSlim(false);
        var threads = Enumerable.Range(0, 8).Select(k => new Thread(() =>
        {
            start.Wait();
            for (int i = 0; i < trees.Count; i++)
            {
                int t = (i + k) % trees.Count;
                results[k, t] = Answers(shared, trees[t], reverse: k % 2 == 1);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        start.Set();
        threads.ForEach(t => t.Join());
        for (int k = 0; k < 8; k++)
        {
            for (int t = 0; t < trees.Count; t++)
            {
                Assert.Equal(expected[t], results[k, t]);
            }
        }
    }

    [Fact]
    public void HundredThousandTermSumIsTypedWithoutOverflow()
    {
        var sb = new StringBuilder("def f(a, b):\n    return a");
        for (int i = 0; i < 100_000; i++)
        {
            sb.Append(i % 2 == 0 ? " + a" : " * b");
        }
        sb.Append("\nf(1, 2)\n");
        var tree = PythonSyntaxTree.ParseText(sb.ToString());
        var model = PythonCompilation.Create("deep", new[] { tree }).GetSemanticModel(tree);
        var ret = tree.GetRoot().DescendantNodes().OfType<ReturnStatementSyntax>().Single();
        Assert.Equal("int -> i64", model.GetTypeInfo(ret.Expression!).Type.ToString());
        var call = tree.GetRoot().DescendantNodes().OfType<CallExpressionSyntax>().Single();
        Assert.Equal("int -> i64", model.GetTypeInfo(call).Type.ToString());
        Assert.DoesNotContain(model.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public void LookupSymbolsSeesLocalsParametersAndBuiltins()
    {
        var src = "def outer(p):\n    q = p + 1\n    def inner(r):\n        return q + r\n    return inner\n";
        var tree = PythonSyntaxTree.ParseText(src);
        var model = PythonCompilation.Create("l", new[] { tree }).GetSemanticModel(tree);
        var names = model.LookupSymbols(src.IndexOf("return q", StringComparison.Ordinal)).Select(s => s.Name).ToList();
        Assert.Equal("r", names[0]); // inner's own binding first; q is free there, found in outer
        Assert.Contains("q", names);
        Assert.Contains("p", names);
        Assert.Contains("outer", names);
        Assert.Contains("len", names);
        var q = tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>().Last(i => i.Identifier.Text == "q");
        Assert.Equal("Any -> Obj", model.GetTypeInfo(q).Type.ToString()); // outer is never called
    }

    [Theory]
    [InlineData("def insort(a, x, key=None):\n    if key is None:\n        return x\n    return key(x)\n")]
    [InlineData("def f(key=None):\n    return key(1)\n")]
    [InlineData("handler = None\ndef set_handler(h):\n    global handler\n    handler = h\ndef fire():\n    handler()\n")]
    [InlineData("class M(type):\n    def __call__(cls, value):\n        return cls.__new__(cls, value)\n")]
    [InlineData("def deco(f):\n    return f\n@deco\ndef g(a):\n    return a\ng(1, 2)\n")]
    [InlineData("def f(a, b=1):\n    return a\nf(*[1, 2, 3])\nf(**{'a': 1})\n")]
    public void UncertainCallsAreNotReported(string source)
    {
        var tree = PythonSyntaxTree.ParseText(source);
        var diagnostics = PythonCompilation.Create("t", new[] { tree }).GetSemanticModel(tree).GetDiagnostics();
        Assert.DoesNotContain(diagnostics, d => d.Id is "PY2003" or "PY2004" or "PY2005" or "PY2006" or "PY2007");
    }

    [Fact]
    public void MethodCallWithOneArgumentTooManyIsReportedWithCPythonsMessage()
    {
        // The shape of a real bug in CPython 3.11's pprint._perfcheck.
        var tree = PythonSyntaxTree.ParseText("class P:\n    def _safe_repr(self, object, context, maxlevels, level):\n        return ''\np = P()\np._safe_repr(1, {}, None, 0, True)\n");
        var d = Assert.Single(PythonCompilation.Create("t", new[] { tree }).GetSemanticModel(tree).GetDiagnostics(), x => x.Id == "PY2003");
        Assert.Equal("P._safe_repr() takes 5 positional arguments but 6 were given (TypeError when this call runs)", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Each snippet's last line is a call that raises TypeError; our PY2003-PY2006 message must be CPython's.</summary>
    [Theory]
    [InlineData("def f(a, b=0):\n    return a\nf(1, 2, 3)")]
    [InlineData("def f(a, b=0):\n    return a\nf()")]
    [InlineData("def f(a, b=0):\n    return a\nf(1, c=2)")]
    [InlineData("def f(a, b=0):\n    return a\nf(1, a=2)")]
    [InlineData("def g(a, b, c):\n    pass\ng()")]
    [InlineData("def g(a, /, b):\n    pass\ng(a=1, b=2)")]
    [InlineData("def pos_only(x, y, /, z=0, *, scale=1):\n    pass\npos_only(x=1, y=2)")]
    [InlineData("def describe(a, b=2, *args, c, d=4, **kwargs):\n    pass\ndescribe(1, 2)")]
    [InlineData("def kw(*, only):\n    pass\nkw(1)")]
    [InlineData("def kw(*, only, other):\n    pass\nkw()")]
    [InlineData("class E:\n    pass\nE(1)")]
    [InlineData("class C:\n    def __init__(self, x):\n        self.x = x\nC()")]
    [InlineData("class C:\n    def m(self):\n        pass\nC().m(1)")]
    public void CallErrorMessagesAreCPythons(string source)
    {
        var script = source.Replace("\n", "\n", StringComparison.Ordinal);
        var lines = script.Split('\n');
        var oracle = string.Join("\n", lines[..^1]) + "\ntry:\n    " + lines[^1] + "\nexcept TypeError as e:\n    print(e)\n";
        var expected = Oracle.Run(new[] { "-c", oracle }).Trim();
        var tree = PythonSyntaxTree.ParseText(script + "\n");
        var d = Assert.Single(PythonCompilation.Create("t", new[] { tree }).GetSemanticModel(tree).GetDiagnostics(), x => x.Id is "PY2003" or "PY2004" or "PY2005" or "PY2006");
        Assert.Equal(expected + " (TypeError when this call runs)", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
