using System.Text;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics.Tests;

/// <summary>Binding never overflows the stack, however deep the tree.</summary>
public class DeepTreeTests
{
    [Fact]
    public void HundredThousandTermSumBinds()
    {
        var sb = new StringBuilder("def f(a):\n    return a");
        for (int i = 0; i < 100_000; i++)
        {
            sb.Append(i % 2 == 0 ? " + a" : " * b");
        }
        sb.Append('\n');
        var table = SymbolTable.Build(PythonSyntaxTree.ParseText(sb.ToString()));
        var f = table.Root.Children.Single();
        Assert.True(f.Lookup("a")!.IsParameter);
        Assert.Equal(NameResolution.GlobalImplicit, f.Lookup("b")!.Resolution);
        Assert.Empty(table.Diagnostics);
    }

    [Fact]
    public void LongComparisonAndBooleanChainsBind()
    {
        var src = "x = a" + string.Concat(Enumerable.Repeat(" < a", 50_000)) + "\ny = b" + string.Concat(Enumerable.Repeat(" or b", 50_000)) + "\n";
        var table = SymbolTable.Build(PythonSyntaxTree.ParseText(src));
        Assert.True(table.Root.Lookup("a")!.IsReferenced);
        Assert.True(table.Root.Lookup("y")!.IsAssigned);
    }

    [Fact]
    public void DeeplyNestedFunctionsBind()
    {
        // 90 nested defs (CPython's indentation limit is 100 levels).
        var sb = new StringBuilder();
        for (int i = 0; i < 90; i++)
        {
            sb.Append(' ', i).Append("def f").Append(i).Append("():\n");
        }
        sb.Append(' ', 90).Append("return f0\n");
        var table = SymbolTable.Build(PythonSyntaxTree.ParseText(sb.ToString()));
        Assert.Equal(91, table.Root.DescendantsAndSelf().Count());
        Assert.Empty(table.Diagnostics);
    }
}
