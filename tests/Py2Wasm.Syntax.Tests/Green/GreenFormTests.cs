using Py2Wasm.Syntax.InternalSyntax;

namespace Py2Wasm.Syntax.Tests.Green;

/// <summary>
/// The memory-saving green representations (tokens with trivia on one side, sliced literal text, sparse and
/// compact node forms, inline small lists) must be indistinguishable from the plain ones through the API.
/// </summary>
public class GreenFormTests
{
    private static readonly GreenTrivia Space = GreenTrivia.Create(SyntaxKind.WhitespaceTrivia, " ");
    private static readonly GreenTrivia Comment = GreenTrivia.Create(SyntaxKind.CommentTrivia, "# c");

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Tokens_keep_each_trivia_side_through_every_copy(bool hasLeading, bool hasTrailing)
    {
        var leading = hasLeading ? Space : null;
        var trailing = hasTrailing ? Comment : null;
        var source = "x = 'a long string literal, kept in place'\n";
        int start = source.IndexOf('\'');
        int length = source.LastIndexOf('\'') - start + 1;
        foreach (var token in new[]
        {
            GreenToken.Create(SyntaxKind.IdentifierToken, "name", leading, trailing),
            GreenToken.CreateSliced(SyntaxKind.StringToken, source, start, length, leading, trailing),
        })
        {
            string text = token.Kind == SyntaxKind.StringToken ? source.Substring(start, length) : "name";
            AssertToken(token, text, leading, trailing);
            AssertToken(token.WithKind(SyntaxKind.BadToken), text, leading, trailing);
            AssertToken(token.WithLeadingTrivia(Comment), text, Comment, trailing);
            AssertToken(token.WithTrailingTrivia(null), text, leading, null);
            AssertToken(token.WithTrailingTrivia(Space), text, leading, Space);
            var withError = token.WithDiagnostics(new DiagnosticInfo(ErrorCode.InvalidSyntax, 0, 1));
            AssertToken(withError, text, leading, trailing);
            Assert.Single(withError.GetDiagnostics());
        }
    }

    private static void AssertToken(GreenToken token, string text, GreenNode? leading, GreenNode? trailing)
    {
        Assert.Equal(text, token.Text);
        Assert.Same(leading, token.LeadingTrivia);
        Assert.Same(trailing, token.TrailingTrivia);
        Assert.Equal(text.Length + (leading?.FullWidth ?? 0) + (trailing?.FullWidth ?? 0), token.FullWidth);
        Assert.Equal(TriviaText(leading) + text + TriviaText(trailing), token.ToFullString());
    }

    private static string TriviaText(GreenNode? trivia) => trivia is null ? "" : ((GreenTrivia)trivia).Text;

    [Fact]
    public void Sparse_and_full_node_forms_answer_every_slot_alike()
    {
        // Each parameter line exercises another subset of ParameterSyntax's six optional slots.
        var source = "def f(a, b=1, c: int = 2, *d, e: str, **g): pass\nf(x, y=1, *z, **w)\n";
        var tree = PythonSyntaxTree.ParseText(source);
        Assert.Empty(tree.GetDiagnostics());
        Assert.Equal(source, tree.GetRoot().ToFullString());
        var parameters = tree.GetRoot().DescendantNodes().OfType<ParameterSyntax>().ToList();
        Assert.Equal(new[] { "a", "b", "c", "d", "e", "g" }, parameters.Select(p => p.Name.Text));
        Assert.Equal(new[] { "", "1", "2", "", "", "" }, parameters.Select(p => p.Default?.ToString() ?? ""));
        Assert.Equal(new[] { "", "", "int", "", "str", "" }, parameters.Select(p => p.Annotation?.ToString() ?? ""));
        Assert.Equal(new[] { "", "", "", "*", "", "**" }, parameters.Select(p => p.PrefixToken.Text));
        var arguments = tree.GetRoot().DescendantNodes().OfType<ArgumentSyntax>().ToList();
        Assert.Equal(new[] { "x", "1", "z", "w" }, arguments.Select(a => a.Expression.ToString()));
        Assert.Equal(new[] { "", "y", "", "" }, arguments.Select(a => a.Name.Text));
        Assert.Equal(new[] { "", "", "*", "**" }, arguments.Select(a => a.StarToken.Text));
    }
}
