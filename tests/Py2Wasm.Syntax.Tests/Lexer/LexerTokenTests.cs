using static Py2Wasm.Syntax.Tests.Lexer.LexerTestHelpers;

namespace Py2Wasm.Syntax.Tests.Lexer;

public class LexerTokenTests
{
    /// <summary>Sources that together produce every token kind of the model.</summary>
    private static readonly string[] s_coverageSources =
    {
        "x = 1\n",
        "if x:\n    pass\n",
        "s = 'a' + f'b{c}d'\n",
        "a + b - c * d ** e / f // g % h @ i << j >> k & l | m ^ ~n\n",
        "a := b < c > d <= e >= f == g != h\n",
        "f(a)[b]{c}, d: e. f ... ; g = h -> i\n",
        "a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a @= 1; a &= 1; a |= 1; a ^= 1; a >>= 1; a <<= 1; a **= 1\n",
        "f'{x!r}'\n",
        "$\n",
        string.Join(" ", SyntaxFacts.Keywords.Select(k => k.Text)) + "\n",
    };

    [Fact]
    public void EveryTokenKindIsLexed()
    {
        var seen = new HashSet<SyntaxKind>();
        foreach (var source in s_coverageSources)
        {
            foreach (var token in Lex(source))
            {
                seen.Add(token.Kind);
            }
        }
        var missing = Enum.GetValues<SyntaxKind>()
            .Where(k => k != SyntaxKind.None && SyntaxFacts.IsTokenKind(k) && !seen.Contains(k))
            .ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void SoftKeywordsStayIdentifiers()
    {
        Assert.Equal(new[] { "IdentifierToken match", "IdentifierToken case", "IdentifierToken type", "IdentifierToken _", "NewLineToken" },
            Describe("match case type _"));
    }

    [Fact]
    public void EveryHardKeywordGetsItsKind()
    {
        foreach (var (kind, text) in SyntaxFacts.Keywords)
        {
            Assert.Equal(new[] { kind, SyntaxKind.NewLineToken }, Kinds(text));
        }
    }

    [Theory]
    [InlineData("+", SyntaxKind.PlusToken)]
    [InlineData("-", SyntaxKind.MinusToken)]
    [InlineData("*", SyntaxKind.StarToken)]
    [InlineData("**", SyntaxKind.DoubleStarToken)]
    [InlineData("/", SyntaxKind.SlashToken)]
    [InlineData("//", SyntaxKind.DoubleSlashToken)]
    [InlineData("%", SyntaxKind.PercentToken)]
    [InlineData("@", SyntaxKind.AtToken)]
    [InlineData("<<", SyntaxKind.LessThanLessThanToken)]
    [InlineData(">>", SyntaxKind.GreaterThanGreaterThanToken)]
    [InlineData("&", SyntaxKind.AmpersandToken)]
    [InlineData("|", SyntaxKind.BarToken)]
    [InlineData("^", SyntaxKind.CaretToken)]
    [InlineData("~", SyntaxKind.TildeToken)]
    [InlineData(":=", SyntaxKind.ColonEqualsToken)]
    [InlineData("<", SyntaxKind.LessThanToken)]
    [InlineData(">", SyntaxKind.GreaterThanToken)]
    [InlineData("<=", SyntaxKind.LessThanEqualsToken)]
    [InlineData(">=", SyntaxKind.GreaterThanEqualsToken)]
    [InlineData("==", SyntaxKind.EqualsEqualsToken)]
    [InlineData("!=", SyntaxKind.ExclamationEqualsToken)]
    [InlineData(",", SyntaxKind.CommaToken)]
    [InlineData(":", SyntaxKind.ColonToken)]
    [InlineData(".", SyntaxKind.DotToken)]
    [InlineData("...", SyntaxKind.EllipsisToken)]
    [InlineData(";", SyntaxKind.SemicolonToken)]
    [InlineData("=", SyntaxKind.EqualsToken)]
    [InlineData("->", SyntaxKind.MinusGreaterThanToken)]
    [InlineData("+=", SyntaxKind.PlusEqualsToken)]
    [InlineData("-=", SyntaxKind.MinusEqualsToken)]
    [InlineData("*=", SyntaxKind.StarEqualsToken)]
    [InlineData("/=", SyntaxKind.SlashEqualsToken)]
    [InlineData("//=", SyntaxKind.DoubleSlashEqualsToken)]
    [InlineData("%=", SyntaxKind.PercentEqualsToken)]
    [InlineData("@=", SyntaxKind.AtEqualsToken)]
    [InlineData("&=", SyntaxKind.AmpersandEqualsToken)]
    [InlineData("|=", SyntaxKind.BarEqualsToken)]
    [InlineData("^=", SyntaxKind.CaretEqualsToken)]
    [InlineData(">>=", SyntaxKind.GreaterThanGreaterThanEqualsToken)]
    [InlineData("<<=", SyntaxKind.LessThanLessThanEqualsToken)]
    [InlineData("**=", SyntaxKind.DoubleStarEqualsToken)]
    public void OperatorIsOneToken(string text, SyntaxKind kind)
    {
        var tokens = Lex(text);
        Assert.Equal(kind, tokens[0].Kind);
        Assert.Equal(text, tokens[0].Text);
        Assert.Same(SyntaxFacts.GetText(kind), tokens[0].Text);
    }

    [Theory]
    [InlineData("<>", "LessThanToken <|GreaterThanToken >")]
    [InlineData("....", "EllipsisToken ...|DotToken .")]
    [InlineData("..", "DotToken .|DotToken .")]
    [InlineData("***=", "DoubleStarToken **|StarEqualsToken *=")]
    [InlineData("a->b", "IdentifierToken a|MinusGreaterThanToken ->|IdentifierToken b")]
    [InlineData("x.y", "IdentifierToken x|DotToken .|IdentifierToken y")]
    [InlineData("1..real", "NumberToken 1.|DotToken .|IdentifierToken real")]
    public void LongestMatch(string source, string expected)
    {
        Assert.Equal(expected.Split('|').Append("NewLineToken"), Describe(source));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("0_0")]
    [InlineData("123")]
    [InlineData("1_000_000")]
    [InlineData("0x1F")]
    [InlineData("0XdeadBEEF")]
    [InlineData("0x_1")]
    [InlineData("0o17")]
    [InlineData("0O_7")]
    [InlineData("0b1010")]
    [InlineData("0B_1_0")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.5")]
    [InlineData("1e5")]
    [InlineData("1E+5")]
    [InlineData("1e-5")]
    [InlineData("1.e5")]
    [InlineData("1e5j")]
    [InlineData("1J")]
    [InlineData("0j")]
    [InlineData("09.5")]
    [InlineData("0009e1")]
    [InlineData("1_000.000_1e-1_0J")]
    public void NumberForms(string text)
    {
        var tokens = Lex(text);
        Assert.Equal(SyntaxKind.NumberToken, tokens[0].Kind);
        Assert.Equal(text, tokens[0].Text);
        Assert.Empty(tokens[0].GetDiagnostics());
    }

    [Theory]
    [InlineData("1if x else y", "NumberToken 1|IfKeyword if|IdentifierToken x|ElseKeyword else|IdentifierToken y")]
    [InlineData("0x1for x in y", "NumberToken 0x1f|OrKeyword or|IdentifierToken x|InKeyword in|IdentifierToken y")]
    [InlineData("1else", "NumberToken 1|ElseKeyword else")]
    [InlineData("1.0and 2", "NumberToken 1.0|AndKeyword and|NumberToken 2")]
    [InlineData("1jor 2", "NumberToken 1j|OrKeyword or|NumberToken 2")]
    [InlineData("1not in x", "NumberToken 1|NotKeyword not|InKeyword in|IdentifierToken x")]
    [InlineData("1is 2", "NumberToken 1|IsKeyword is|NumberToken 2")]
    public void KeywordGluedToNumber(string source, string expected)
    {
        Assert.Equal(expected.Split('|').Append("NewLineToken"), Describe(source));
        Assert.Empty(Diagnostics(source));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("_private")]
    [InlineData("__dunder__")]
    [InlineData("CamelCase9")]
    [InlineData("été")]
    [InlineData("日本語")]
    [InlineData("𝔘𝔫𝔦")]
    [InlineData("a\u0301b")]
    [InlineData("ℌ")]
    public void Identifiers(string text)
    {
        var tokens = Lex(text);
        Assert.Equal(SyntaxKind.IdentifierToken, tokens[0].Kind);
        Assert.Equal(text, tokens[0].Text);
        Assert.Empty(tokens[0].GetDiagnostics());
    }

    [Fact]
    public void IdentifierTextsAreInterned()
    {
        var tokens = Lex("alpha = alpha + alpha2\n");
        Assert.Same(tokens[0].Text, tokens[2].Text);
    }

    [Theory]
    [InlineData("'a'")]
    [InlineData("\"a\"")]
    [InlineData("''")]
    [InlineData("\"\"")]
    [InlineData("'''a\n'b'\n'''")]
    [InlineData("\"\"\"a\"\"b\"\"\"")]
    [InlineData("r'\\''")]
    [InlineData("R\"\\\"\"")]
    [InlineData("b'x'")]
    [InlineData("B'x'")]
    [InlineData("br'x'")]
    [InlineData("Rb'x'")]
    [InlineData("bR'x'")]
    [InlineData("rB'x'")]
    [InlineData("u'x'")]
    [InlineData("U\"x\"")]
    [InlineData("'a\\'b'")]
    [InlineData("'a\\\nb'")]
    [InlineData("'a\\\r\nb'")]
    [InlineData("'\\\\'")]
    [InlineData("'''\\''''")]
    public void StringForms(string text)
    {
        var tokens = Lex(text);
        Assert.Equal(SyntaxKind.StringToken, tokens[0].Kind);
        Assert.Equal(text, tokens[0].Text);
        Assert.Empty(tokens[0].GetDiagnostics());
    }

    [Theory]
    [InlineData("ub'x'", "IdentifierToken ub|StringToken 'x'")]
    [InlineData("ur'x'", "IdentifierToken ur|StringToken 'x'")]
    [InlineData("bf'x'", "IdentifierToken bf|StringToken 'x'")]
    [InlineData("rr'x'", "IdentifierToken rr|StringToken 'x'")]
    [InlineData("abc'x'", "IdentifierToken abc|StringToken 'x'")]
    [InlineData("'a' 'b'", "StringToken 'a'|StringToken 'b'")]
    public void NotAPrefix(string source, string expected)
    {
        Assert.Equal(expected.Split('|').Append("NewLineToken"), Describe(source));
    }

    [Fact]
    public void TriviaIsAttachedAsSpecified()
    {
        var tokens = Lex("x = (1,  # one\n\n     2)  # end\n\n# c\ny\n");
        string Dump(int i) => $"{Describe(tokens[i])} [{TriviaText(tokens[i].LeadingTrivia)}] [{TriviaText(tokens[i].TrailingTrivia)}]";
        Assert.Equal("IdentifierToken x [] [Whitespace: ]", Dump(0));
        Assert.Equal("CommaToken , [] [Whitespace:  ,Comment:# one,EndOfLine:\\n]", Dump(4));
        Assert.Equal("NumberToken 2 [EndOfLine:\\n,Whitespace:     ] []", Dump(5));
        Assert.Equal("CloseParenToken ) [] [Whitespace:  ,Comment:# end]", Dump(6));
        Assert.Equal("NewLineToken \\n [] []", Dump(7));
        Assert.Equal("IdentifierToken y [EndOfLine:\\n,Comment:# c,EndOfLine:\\n] []", Dump(8));
    }

    [Fact]
    public void ContinuationIsTrailingTrivia()
    {
        var tokens = Lex("x = 1 + \\\n    2\n");
        Assert.Equal("Whitespace: ,LineContinuation:\\\\\\n", TriviaText(tokens[3].TrailingTrivia));
        Assert.Equal("Whitespace:    ", TriviaText(tokens[4].LeadingTrivia));
        Assert.Equal(new[] { "IdentifierToken x", "EqualsToken =", "NumberToken 1", "PlusToken +", "NumberToken 2", "NewLineToken \\n" },
            Describe("x = 1 + \\\n    2\n"));
    }

    [Theory]
    [InlineData("x\n", "\n")]
    [InlineData("x\r\n", "\r\n")]
    [InlineData("x\r", "\r")]
    [InlineData("x", "")]
    public void NewLineTokenTextIsTheLineBreak(string source, string newline)
    {
        var tokens = Lex(source);
        Assert.Equal(SyntaxKind.NewLineToken, tokens[1].Kind);
        Assert.Equal(newline, tokens[1].Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment")]
    [InlineData("   \n\t\n# c\n  ")]
    public void BlankFilesHaveOnlyEndOfFile(string source)
    {
        var tokens = Lex(source);
        Assert.Single(tokens);
        Assert.Equal(source.Length, tokens[0].LeadingTriviaWidth);
    }

    [Fact]
    public void ByteOrderMarkIsTrivia()
    {
        var tokens = Lex("\uFEFFx = 1\n");
        Assert.Equal("ByteOrderMark:\uFEFF", TriviaText(tokens[0].LeadingTrivia));
        Assert.Equal(SyntaxKind.IdentifierToken, tokens[0].Kind);
    }

    [Fact]
    public void NoNewLineInsideBrackets()
    {
        Assert.Equal(new[]
        {
            SyntaxKind.IdentifierToken, SyntaxKind.OpenParenToken, SyntaxKind.NumberToken, SyntaxKind.CommaToken,
            SyntaxKind.OpenBracketToken, SyntaxKind.NumberToken, SyntaxKind.CloseBracketToken, SyntaxKind.CommaToken,
            SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken, SyntaxKind.CloseParenToken, SyntaxKind.NewLineToken,
        }, Kinds("f(1,\n[\n2\n],\n\n{\n}\n)\n"));
    }

    [Fact]
    public void EndOfFileTakesTrailingBlankLinesAndComments()
    {
        var tokens = Lex("if x:\n    y\n\n# done\n  ");
        Assert.Equal(new[] { "IfKeyword if", "IdentifierToken x", "ColonToken :", "NewLineToken \\n", "IndentToken", "IdentifierToken y", "NewLineToken \\n", "DedentToken", "EndOfFileToken" },
            tokens.Select(Describe));
        Assert.Equal("EndOfLine:\\n,Comment:# done,EndOfLine:\\n,Whitespace:  ", TriviaText(tokens[^1].LeadingTrivia));
    }
}
