using System.Globalization;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics.Tests;

/// <summary>Definite assignment (UnboundLocalError risks), unreachable code and undefined names.</summary>
public class FlowAnalysisTests
{
    private static List<string> Flow(string source)
    {
        var tree = PythonSyntaxTree.ParseText(source);
        return CompilationTests.BindingOnly(PythonCompilation.Create("t", new[] { tree }).GetSemanticModel(tree).GetDiagnostics())
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .ToList();
    }

    [Theory]
    [InlineData("def f(c):\n    if c:\n        x = 1\n    else:\n        x = 2\n    return x\n")]
    [InlineData("def f(xs):\n    for x in xs:\n        pass\n    else:\n        y = 1\n    return y\n")]
    [InlineData("def f():\n    while True:\n        z = 1\n        break\n    return z\n")]
    [InlineData("def f(c):\n    if c:\n        return 0\n    else:\n        w = 1\n    return w\n")]
    [InlineData("def f():\n    try:\n        a = 1\n    except E:\n        a = 2\n    return a\n")]
    [InlineData("def f():\n    try:\n        a = g()\n    finally:\n        b = 1\n    return a, b\n")]
    [InlineData("def f(xs):\n    if (n := len(xs)) > 1:\n        return n\n    return [last := x for x in xs], last\n")]
    [InlineData("def f():\n    with open('p') as fh:\n        data = fh.read()\n    return data\n")]
    [InlineData("def f(v):\n    match v:\n        case [a]:\n            r = a\n        case other:\n            r = other\n    return r\n")]
    [InlineData("def f():\n    import os\n    from sys import argv as args\n    return os, args\n")]
    [InlineData("def f():\n    def g():\n        return h()\n    def h():\n        return 1\n    return g\n")]
    [InlineData("def f(xs):\n    for x in xs:\n        try:\n            y = x\n            break\n        finally:\n            pass\n    else:\n        return 0\n    return y\n")]
    [InlineData("def f():\n    try:\n        a = 1\n    except E as e:\n        raise\n    finally:\n        print('done')\n    return a\n")]
    [InlineData("def f(v):\n    if v and (w := v):\n        return w\n    return 0\n")]
    public void NoFalsePositives(string source) =>
        Assert.DoesNotContain(Flow(source), d => d.StartsWith("PY1100", StringComparison.Ordinal) || d.StartsWith("PY1104", StringComparison.Ordinal));

    [Theory]
    [InlineData("def f(c):\n    if c:\n        x = 1\n    return x\n", "PY1100 4 local variable 'x' may be referenced before assignment (UnboundLocalError)")]
    [InlineData("def f(xs):\n    for x in xs:\n        y = x\n    return y\n", "PY1100 4 local variable 'y' may be referenced before assignment (UnboundLocalError)")]
    [InlineData("count = 0\ndef inc():\n    count += 1\n", "PY1100 3 local variable 'count' may be referenced before assignment (UnboundLocalError)")]
    [InlineData("def f():\n    print(v)\n    v = 1\n", "PY1100 2 local variable 'v' may be referenced before assignment (UnboundLocalError)")]
    [InlineData("def f():\n    try:\n        a = g()\n    except E:\n        pass\n    return a\n", "PY1100 6 local variable 'a' may be referenced before assignment (UnboundLocalError)")]
    [InlineData("def f():\n    x = 1\n    del x\n    return x\n", "PY1100 4 local variable 'x' may be referenced before assignment (UnboundLocalError)")]
    [InlineData("def f():\n    try:\n        pass\n    except E as e:\n        pass\n    return e\n", "PY1100 6 local variable 'e' may be referenced before assignment (UnboundLocalError)")]
    [InlineData("def f():\n    return 1\n    print('never')\n", "PY1104 3 code is unreachable")]
    [InlineData("for i in x:\n    break\n    i += 1\n", "PY1104 3 code is unreachable")]
    [InlineData("def f():\n    raise ValueError\n    x = 1\n", "PY1104 3 code is unreachable")]
    [InlineData("print(undefined_thing)\n", "PY1101 1 name 'undefined_thing' is not defined")]
    [InlineData("def f(xs):\n    for x in xs:\n        try:\n            continue\n        finally:\n            y = 1\n        z = 2\n", "PY1104 7 code is unreachable")]
    [InlineData("def f():\n    while True:\n        pass\n    g()\n", "PY1104 4 code is unreachable")]
    [InlineData("def f(v):\n    if v or (w := v):\n        return w\n", "PY1100 3 local variable 'w' may be referenced before assignment (UnboundLocalError)")]
    [InlineData("def f():\n    return helper()\n", "PY1101 2 name 'helper' is not defined")]
    public void ReportsFlowProblems(string source, string expected)
    {
        var diagnostics = Flow(source).Where(d => !d.StartsWith("PY1101 1 name 'x'", StringComparison.Ordinal)).ToList();
        Assert.Contains(expected, diagnostics);
    }

    [Fact]
    public void StarImportsAndGlobalsSilenceUndefinedNames()
    {
        Assert.Equal(new[] { "PY1102 1 cannot resolve import 'os': no module of the program or its references has this name" }, Flow("from os import *\nprint(path)\n"));
        Assert.Empty(Flow("def setup():\n    global CONFIG\n    CONFIG = 1\ndef use():\n    return CONFIG\n"));
        Assert.Empty(Flow("print(__name__, __file__, len)\n"));
    }

    [Fact]
    public void GraphIsPublicAndDrivesReturnNone()
    {
        var tree = PythonSyntaxTree.ParseText("def f(x):\n    while x:\n        if x > 3:\n            return 1\n        x -= 1\n    else:\n        return 0\n\ndef g(x):\n    if x:\n        return 1\n");
        var model = PythonCompilation.Create("t", new[] { tree }).GetSemanticModel(tree);
        var defs = tree.GetRoot().DescendantNodes().OfType<FunctionDefinitionSyntax>().ToList();
        var f = model.GetControlFlowGraph(defs[0]);
        Assert.False(f.FallsOffEnd);
        Assert.True(f.Entry.IsReachable);
        Assert.Contains(f.Blocks, b => b.Successors.Any(e => e.Kind == FlowEdgeKind.WhenFalse && e.Condition is not null));
        Assert.True(model.GetControlFlowGraph(defs[1]).FallsOffEnd);
        Assert.Same(f, model.GetControlFlowGraph(defs[0]));
    }
}
