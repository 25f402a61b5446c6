using static Py2Wasm.Syntax.Tests.Lexer.LexerTestHelpers;

namespace Py2Wasm.Syntax.Tests.Lexer;

public class LexerIndentationTests
{
    private static string Shape(string source) =>
        string.Join(" ", Lex(source).Select(t => t.Kind switch
        {
            SyntaxKind.IndentToken => "INDENT",
            SyntaxKind.DedentToken => "DEDENT",
            SyntaxKind.NewLineToken => "NL",
            SyntaxKind.EndOfFileToken => "EOF",
            _ => t.Text,
        }));

    [Theory]
    [InlineData("if a:\n    b\nc\n", "if a : NL INDENT b NL DEDENT c NL EOF")]
    [InlineData("if a:\n    if b:\n        c\nd\n", "if a : NL INDENT if b : NL INDENT c NL DEDENT DEDENT d NL EOF")]
    [InlineData("if a:\n    b\n", "if a : NL INDENT b NL DEDENT EOF")]
    [InlineData("if a:\n    b", "if a : NL INDENT b NL DEDENT EOF")]
    [InlineData("if a:\n\n    # c\n        \n    b\n", "if a : NL INDENT b NL DEDENT EOF")]
    [InlineData("if a:\n    b\n  # not an indentation level\n    c\n", "if a : NL INDENT b NL c NL DEDENT EOF")]
    [InlineData("if a:\n\tb\n\tc\n", "if a : NL INDENT b NL c NL DEDENT EOF")]
    [InlineData("x = (1,\n        2)\ny\n", "x = ( 1 , 2 ) NL y NL EOF")]
    [InlineData("x = 1 + \\\n        2\ny\n", "x = 1 + 2 NL y NL EOF")]
    [InlineData("if a:\n    b\n\f    c\n", "if a : NL INDENT b NL c NL DEDENT EOF")]
    public void IndentDedentShape(string source, string expected)
    {
        Assert.Equal(expected, Shape(source));
        Assert.Empty(Diagnostics(source));
    }

    [Fact]
    public void IndentationIsLeadingTriviaOfTheFirstToken()
    {
        var tokens = Lex("if a:\n\n    # c\n    b\n");
        int indent = Array.FindIndex(tokens, t => t.Kind == SyntaxKind.IndentToken);
        Assert.Equal(0, tokens[indent].FullWidth);
        Assert.Null(tokens[indent].LeadingTrivia);
        Assert.Equal("EndOfLine:\\n,Whitespace:    ,Comment:# c,EndOfLine:\\n,Whitespace:    ", TriviaText(tokens[indent + 1].LeadingTrivia));
    }

    [Fact]
    public void TabErrorOnIndent()
    {
        // "    " is column 4 (alt 4); "\t" is column 8 but alt column 1: an indent for one tab size only.
        Assert.Equal(new[] { "PY0008@16+1: inconsistent use of tabs and spaces in indentation" },
            Diagnostics("if a:\n    if b:\n\tc\n"));
    }

    [Fact]
    public void FormFeedResetsTheColumn()
    {
        // CPython: "\f" resets both columns, so "    \f\t" is column 8 / alt 1 (TabError) and "\f " is column 1.
        Assert.Equal(new[] { "PY0008@12+6: inconsistent use of tabs and spaces in indentation" },
            Diagnostics("if a:\n    b\n    \f\tc\n"));
        Assert.Equal(new[] { "PY0009@12+2: unindent does not match any outer indentation level" },
            Diagnostics("if a:\n    b\n\f c\n"));
    }

    [Fact]
    public void TabErrorOnSameColumn()
    {
        Assert.Equal(new[] { "PY0008@9+8: inconsistent use of tabs and spaces in indentation" },
            Diagnostics("if a:\n\tb\n        c\n"));
    }

    [Fact]
    public void UnindentMismatchKeepsTheLineInTheInnerBlock()
    {
        const string source = "if a:\n        b\n    c\n    d\ne\n";
        Assert.Equal(new[] { "PY0009@16+4: unindent does not match any outer indentation level" }, Diagnostics(source));
        Assert.Equal("if a : NL INDENT b NL c NL d NL DEDENT e NL EOF", Shape(source));
    }

    [Fact]
    public void UnindentMismatchAfterSeveralLevels()
    {
        const string source = "if a:\n  if b:\n      c\n    d\ne\n";
        Assert.Single(Diagnostics(source));
        Assert.Equal("if a : NL INDENT if b : NL INDENT c NL d NL DEDENT DEDENT e NL EOF", Shape(source));
    }

    [Fact]
    public void TooDeepIndentation()
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < 100; i++)
        {
            builder.Append(' ', i).Append("if x:\n");
        }
        builder.Append(' ', 100).Append("pass\n");
        var diagnostics = Diagnostics(builder.ToString());
        Assert.Equal(new[] { "PY0010" }, diagnostics.Select(d => d[..6]).ToArray());
        var tokens = Lex(builder.ToString());
        Assert.Equal(100, tokens.Count(t => t.Kind == SyntaxKind.IndentToken));
        Assert.Equal(100, tokens.Count(t => t.Kind == SyntaxKind.DedentToken));
    }

    [Fact]
    public void NinetyNineLevelsAreFine()
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < 99; i++)
        {
            builder.Append(' ', i).Append("if x:\n");
        }
        builder.Append(' ', 99).Append("pass\n");
        Assert.Empty(Diagnostics(builder.ToString()));
    }

    [Fact]
    public void BackslashAtLineStartFixesTheIndentationColumn()
    {
        // CPython: the first backslash of the line decides the column ("if a:\n  \\\n    b" is indented by 2).
        Assert.Equal("if a : NL INDENT b NL c NL DEDENT EOF", Shape("if a:\n  \\\n    b\n  c\n"));
    }

    [Fact]
    public void NoIndentationInsideBrackets()
    {
        Assert.Equal("if a : NL INDENT x = [ 1 , 2 ] NL DEDENT EOF", Shape("if a:\n    x = [\n1,\n            2]\n"));
    }

    [Fact]
    public void MixedLineEndings()
    {
        Assert.Equal("if a : NL INDENT b NL c NL DEDENT d NL EOF", Shape("if a:\r\n    b\r    c\n\r\nd\r"));
    }
}
