using static Py2Wasm.Syntax.Tests.Lexer.LexerTestHelpers;

namespace Py2Wasm.Syntax.Tests.Lexer;

public class LexerFStringTests
{
    private static string Tokens(string source) =>
        string.Join(" | ", Lex(source).Where(t => t.Kind is not (SyntaxKind.EndOfFileToken or SyntaxKind.NewLineToken)).Select(t => t.Kind switch
        {
            SyntaxKind.FStringStartToken => "START " + t.Text,
            SyntaxKind.FStringMiddleToken => "MID " + Escape(t.Text),
            SyntaxKind.FStringEndToken => "END " + t.Text,
            _ => t.Text,
        }));

    [Theory]
    [InlineData("f'abc'", "START f' | MID abc | END '")]
    [InlineData("f''", "START f' | END '")]
    [InlineData("F\"x\"", "START F\" | MID x | END \"")]
    [InlineData("rf'\\d{x}'", "START rf' | MID \\\\d | { | x | } | END '")]
    [InlineData("fR'a'", "START fR' | MID a | END '")]
    [InlineData("f'''a\nb'''", "START f''' | MID a\\nb | END '''")]
    [InlineData("f'{x}'", "START f' | { | x | } | END '")]
    [InlineData("f'a{x}b{y}c'", "START f' | MID a | { | x | } | MID b | { | y | } | MID c | END '")]
    [InlineData("f'{{x}}'", "START f' | MID {{x}} | END '")]
    [InlineData("f'a{{'", "START f' | MID a{{ | END '")]
    [InlineData("f'{x!r}'", "START f' | { | x | ! | r | } | END '")]
    [InlineData("f'{x=}'", "START f' | { | x | = | } | END '")]
    [InlineData("f'{x = !s:>10}'", "START f' | { | x | = | ! | s | : | MID >10 | } | END '")]
    [InlineData("f'{x:>{width}.{prec}f}'", "START f' | { | x | : | MID > | { | width | } | MID . | { | prec | } | MID f | } | END '")]
    [InlineData("f'{x:{y:{z}}}'", "START f' | { | x | : | { | y | : | { | z | } | } | } | END '")]
    [InlineData("f'{a!=b}'", "START f' | { | a | != | b | } | END '")]
    [InlineData("f'{a==b}'", "START f' | { | a | == | b | } | END '")]
    [InlineData("f'{x:=10}'", "START f' | { | x | : | MID =10 | } | END '")]
    [InlineData("f'{(x:=10)}'", "START f' | { | ( | x | := | 10 | ) | } | END '")]
    [InlineData("f'{d[\"k\"]}'", "START f' | { | d | [ | \"k\" | ] | } | END '")]
    [InlineData("f'{d['k']}'", "START f' | { | d | [ | 'k' | ] | } | END '")]
    [InlineData("f'{f'{f'{x}'}'}'", "START f' | { | START f' | { | START f' | { | x | } | END ' | } | END ' | } | END '")]
    [InlineData("f'{lambda x: 1}'", "START f' | { | lambda | x | : | MID  1 | } | END '")]
    [InlineData("f'{(lambda x: 1)}'", "START f' | { | ( | lambda | x | : | 1 | ) | } | END '")]
    [InlineData("f'{ {1: 2}[1] }'", "START f' | { | { | 1 | : | 2 | } | [ | 1 | ] | } | END '")]
    [InlineData("f'{x:}'", "START f' | { | x | : | } | END '")]
    [InlineData("f'\\N{DIGIT ONE}{x}'", "START f' | MID \\\\N{DIGIT ONE} | { | x | } | END '")]
    [InlineData("rf'\\N{x}'", "START rf' | MID \\\\N | { | x | } | END '")]
    [InlineData("f'\\{x}'", "START f' | MID \\\\ | { | x | } | END '")]
    [InlineData("f'a\\'b'", "START f' | MID a\\\\'b | END '")]
    [InlineData("f'{x:a\\'b}'", "START f' | { | x | : | MID a\\\\'b | } | END '")]
    public void Splitting(string source, string expected)
    {
        Assert.Equal(expected, Tokens(source));
        Assert.Empty(Diagnostics(source));
    }

    [Fact]
    public void NewlinesAndCommentsInsideFieldsAreTrivia()
    {
        const string source = "f'''{\n  x  # comment\n}'''\n";
        var tokens = Lex(source);
        Assert.Equal("START f''' | { | x | } | END '''", Tokens(source));
        Assert.Equal("EndOfLine:\\n", TriviaText(tokens[1].TrailingTrivia));
        Assert.Equal("Whitespace:  ", TriviaText(tokens[2].LeadingTrivia));
        Assert.Equal("Whitespace:  ,Comment:# comment,EndOfLine:\\n", TriviaText(tokens[2].TrailingTrivia));
    }

    [Fact]
    public void SingleQuotedFStringFieldMaySpanLines()
    {
        // Python 3.12 allows line breaks inside the braces of a single-quoted f-string.
        Assert.Equal("START f' | { | x | } | END '", Tokens("f'{x\n}'"));
        Assert.Empty(Diagnostics("f'{x\n}'"));
    }

    [Fact]
    public void WhitespaceInLiteralPartsIsText()
    {
        var tokens = Lex("f' {x} '");
        Assert.Equal(" ", tokens[1].Text);
        Assert.Null(tokens[2].TrailingTrivia);
        Assert.Null(tokens[4].TrailingTrivia);
        Assert.Equal(" ", tokens[5].Text);
    }

    [Fact]
    public void FStringIsNotABracketForNewLines()
    {
        Assert.Equal(new[] { SyntaxKind.IdentifierToken, SyntaxKind.EqualsToken, SyntaxKind.FStringStartToken, SyntaxKind.OpenBraceToken,
            SyntaxKind.IdentifierToken, SyntaxKind.CloseBraceToken, SyntaxKind.FStringEndToken, SyntaxKind.NewLineToken,
            SyntaxKind.IdentifierToken, SyntaxKind.NewLineToken }, Kinds("x = f'{y}'\nz\n"));
    }

    [Fact]
    public void ConcatenatedStringsAndFStrings()
    {
        Assert.Equal("'a' | START f' | MID b | END ' | \"c\" | START rf\" | MID d | END \"", Tokens("'a' f'b' \"c\" rf\"d\""));
    }

    [Theory]
    [InlineData("f'}'", "PY0017@2+1: f-string: single '}' is not allowed")]
    [InlineData("f'a}b'", "PY0017@3+1: f-string: single '}' is not allowed")]
    [InlineData("f'{x'", "PY0017@4+1: f-string: expecting '}'")]
    [InlineData("f'{'", "PY0017@3+1: f-string: expecting '}'")]
    [InlineData("f'{x:abc'", "PY0017@8+1: f-string: expecting '}'")]
    [InlineData("f'abc", "PY0021@0+1: unterminated f-string literal (detected at line 1)")]
    [InlineData("f'abc\nx", "PY0021@0+1: unterminated f-string literal (detected at line 1)")]
    [InlineData("f'''abc\n\nx", "PY0022@0+1: unterminated triple-quoted f-string literal (detected at line 3)")]
    [InlineData("x = f'{a", "PY0021@4+1: unterminated f-string literal (detected at line 1)")]
    public void Errors(string source, string expected)
    {
        Assert.Equal(new[] { expected }, Diagnostics(source));
    }

    [Fact]
    public void LineBreakLeavesASingleQuotedFormatSpec()
    {
        // As CPython 3.12's tokenizer: the spec ends at the line break and the field goes on.
        Assert.Equal("START f\" | { | x | : | MID a | b | } | END \"", Tokens("f\"{x:a\nb}\""));
        Assert.Equal(new[] { "PY0017@6+1: f-string: expecting '}'" }, Diagnostics("f\"{x:a\nb}\""));
    }

    [Fact]
    public void UnterminatedFStringEndsAtTheLineBreak()
    {
        Assert.Equal(new[] { SyntaxKind.FStringStartToken, SyntaxKind.FStringMiddleToken, SyntaxKind.NewLineToken, SyntaxKind.IdentifierToken, SyntaxKind.NewLineToken },
            Kinds("f'abc\nx\n"));
    }

    [Fact]
    public void MismatchedBracketInsideFieldKeepsTheField()
    {
        Assert.Equal("START f' | { | x | ) | } | END '", Tokens("f'{x)}'"));
        Assert.Equal(new[] { "PY0013@4+1: closing parenthesis ')' does not match opening parenthesis '{'" }, Diagnostics("f'{x)}'"));
    }

    [Fact]
    public void DeeplyNestedFStrings()
    {
        var source = new System.Text.StringBuilder();
        const int depth = 50;
        for (int i = 0; i < depth; i++)
        {
            source.Append(i % 2 == 0 ? "f'{" : "f\"{");
        }
        source.Append('x');
        for (int i = depth - 1; i >= 0; i--)
        {
            source.Append(i % 2 == 0 ? "}'" : "}\"");
        }
        var tokens = Lex(source.ToString());
        Assert.Equal(depth, tokens.Count(t => t.Kind == SyntaxKind.FStringStartToken));
        Assert.Equal(depth, tokens.Count(t => t.Kind == SyntaxKind.FStringEndToken));
        Assert.Empty(Diagnostics(source.ToString()));
    }
}
