using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics.Tests;

/// <summary>
/// The binder walks load expressions on the green tree and creates red nodes only where it needs them: the red
/// nodes it hands out (scopes' nodes, declarations) must be the tree's own, and the name index must answer for
/// every name the walk saw.
/// </summary>
public class GreenWalkTests
{
    private const string Source =
        "class C:\n" +
        "    def f(self, a):\n" +
        "        g(a, key=lambda k: __x + k, *[y for y in __z if (w := y)])\n" +
        "        return {__x: [v for v in a], **d}[0] if a else -f'{__z!r:>{a}}'\n";

    [Fact]
    public void ScopesOpenedInsideGreenWalkedExpressionsAreTheTreesNodes()
    {
        var tree = PythonSyntaxTree.ParseText(Source);
        var table = SymbolTable.Build(tree);
        var root = tree.GetRoot();
        var lambda = root.DescendantNodes().OfType<LambdaExpressionSyntax>().Single();
        var comprehensions = root.DescendantNodes().OfType<ComprehensionExpressionSyntax>().ToList();
        Assert.Equal(2, comprehensions.Count);
        Assert.Equal(ScopeKind.Lambda, table.GetScopeOpenedBy(lambda)?.Kind);
        foreach (var comprehension in comprehensions)
        {
            var scope = table.GetScopeOpenedBy(comprehension);
            Assert.NotNull(scope);
            Assert.Same(comprehension, scope!.Node);
        }
        // The walrus target binds in f; its declaration is the tree's node.
        var walrus = root.DescendantNodes().OfType<NamedExpressionSyntax>().Single();
        var f = table.Root.Children.Single().Children.Single();
        var w = f.Lookup("w");
        Assert.NotNull(w);
        Assert.Contains(w!.Declarations, d => ReferenceEquals(d, walrus.Name));
    }

    [Fact]
    public void EveryNameTokenHasItsScopeAndMangledName()
    {
        var tree = PythonSyntaxTree.ParseText(Source);
        var table = SymbolTable.Build(tree);
        var root = tree.GetRoot();
        foreach (var id in root.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            Assert.True(table.TryGetName(id.Identifier.SpanStart, out var scope, out var name), $"no name recorded for {id} at {id.SpanStart}");
            var text = id.Identifier.Text;
            Assert.Equal(text.StartsWith("__", StringComparison.Ordinal) ? "_C" + text : text, name);
            Assert.NotNull(scope.Lookup(name));
        }
        Assert.False(table.TryGetName(root.DescendantNodes().OfType<LambdaExpressionSyntax>().Single().SpanStart, out _, out _));
    }

    [Fact]
    public void NameIndexSortsOnceAndTheLastRecordOfAPositionWins()
    {
        var tree = PythonSyntaxTree.ParseText("x = 1\n");
        var module = SymbolTable.Build(tree).Root;
        var index = new NameIndex();
        var positions = Enumerable.Range(0, 10_000).Select(i => (i * 7919) % 10_000).ToList();
        foreach (var p in positions)
        {
            index.Add(p * 3, module, "n" + p);
        }
        index.Add(3 * 42, module, "again");
        for (int p = 0; p < 10_000; p++)
        {
            Assert.True(index.TryGet(p * 3, out var scope, out var name));
            Assert.Same(module, scope);
            Assert.Equal(p == 42 ? "again" : "n" + p, name);
            Assert.False(index.TryGet(p * 3 + 1, out _, out _));
        }
    }
}
