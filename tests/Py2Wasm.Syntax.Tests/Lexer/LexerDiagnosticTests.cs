using static Py2Wasm.Syntax.Tests.Lexer.LexerTestHelpers;

namespace Py2Wasm.Syntax.Tests.Lexer;

/// <summary>Every diagnostic the lexer reports, with CPython's message (checked against python3 -c "ast.parse(...)").</summary>
public class LexerDiagnosticTests
{
    [Theory]
    // Numbers: the diagnostic spans the text CPython consumed before the error.
    [InlineData("1_", "PY0005@0+2: invalid decimal literal")]
    [InlineData("1__0", "PY0005@0+2: invalid decimal literal")]
    [InlineData("123abc", "PY0005@0+3: invalid decimal literal")]
    [InlineData("1e", "PY0005@0+1: invalid decimal literal")]
    [InlineData("1e+", "PY0005@0+3: invalid decimal literal")]
    [InlineData("1e+x", "PY0005@0+3: invalid decimal literal")]
    [InlineData("1.5j2", "PY0005@0+4: invalid imaginary literal")]
    [InlineData("1jx", "PY0005@0+2: invalid imaginary literal")]
    [InlineData("0x", "PY0005@0+2: invalid hexadecimal literal")]
    [InlineData("0xg", "PY0005@0+2: invalid hexadecimal literal")]
    [InlineData("0x_", "PY0005@0+3: invalid hexadecimal literal")]
    [InlineData("0o", "PY0005@0+2: invalid octal literal")]
    [InlineData("0o8", "PY0005@0+3: invalid digit '8' in octal literal")]
    [InlineData("0o17a", "PY0005@0+4: invalid octal literal")]
    [InlineData("0b", "PY0005@0+2: invalid binary literal")]
    [InlineData("0b12", "PY0005@0+4: invalid digit '2' in binary literal")]
    [InlineData("0b1_", "PY0005@0+4: invalid binary literal")]
    [InlineData("012", "PY0005@0+1: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")]
    [InlineData("0_7", "PY0005@0+2: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")]
    [InlineData("0009", "PY0005@0+3: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")]
    [InlineData("1andx", "")]
    // Characters.
    [InlineData("a € b", "PY0001@2+1: invalid character '€' (U+20AC)")]
    [InlineData("a€b", "PY0001@1+1: invalid character '€' (U+20AC)")]
    [InlineData("x = \u00a0 1", "PY0002@4+1: invalid non-printable character U+00A0")]
    [InlineData("a\u200bb", "PY0002@1+1: invalid non-printable character U+200B")]
    [InlineData("x = \v1", "PY0002@4+1: invalid non-printable character U+000B")]
    [InlineData("x\u0001", "PY0002@1+1: invalid non-printable character U+0001")]
    [InlineData("x\0y", "PY0020@1+1: source code cannot contain null bytes")]
    [InlineData("1 $ 2", "PY0050@2+1: invalid syntax")]
    [InlineData("a ? b", "PY0050@2+1: invalid syntax")]
    [InlineData("a ` b", "PY0050@2+1: invalid syntax")]
    [InlineData("a ! b", "PY0050@2+1: invalid syntax")]
    // Strings.
    [InlineData("'abc", "PY0003@0+1: unterminated string literal (detected at line 1)")]
    [InlineData("x = 'abc\ny", "PY0003@4+1: unterminated string literal (detected at line 1)")]
    [InlineData("\"abc\\\n", "PY0003@0+1: unterminated string literal (detected at line 1)")]
    [InlineData("'''abc\n\nx", "PY0004@0+1: unterminated triple-quoted string literal (detected at line 3)")]
    [InlineData("b'''abc\n", "PY0004@0+1: unterminated triple-quoted string literal (detected at line 1)")]
    // Continuations.
    [InlineData("x = 1 \\ 2", "PY0006@6+1: unexpected character after line continuation character")]
    [InlineData("x = 1 \\", "PY0007@6+1: unexpected EOF while parsing")]
    [InlineData("x = 1 + \\\n", "PY0007@8+1: unexpected EOF while parsing")]
    // Brackets.
    [InlineData("x = 1)", "PY0012@5+1: unmatched ')'")]
    [InlineData("]", "PY0012@0+1: unmatched ']'")]
    [InlineData("(1]", "PY0013@2+1: closing parenthesis ']' does not match opening parenthesis '('")]
    [InlineData("(1,\n2]", "PY0013@5+1: closing parenthesis ']' does not match opening parenthesis '(' on line 1")]
    [InlineData("x = (1,\n2", "PY0014@4+1: '(' was never closed")]
    [InlineData("x = [(1,\n2)", "PY0014@4+1: '[' was never closed")]
    public void ReportsCPythonsMessage(string source, string expected)
    {
        var expectedList = expected.Length == 0 ? Array.Empty<string>() : new[] { expected };
        Assert.Equal(expectedList, Diagnostics(source));
    }

    [Theory]
    [InlineData("x = 1  # a\0b\n", "PY0020@10+1: source code cannot contain null bytes")]
    [InlineData("'a\0b'", "PY0020@2+1: source code cannot contain null bytes")]
    [InlineData("'''a\n\0'''", "PY0020@5+1: source code cannot contain null bytes")]
    [InlineData("f'a\0{x}'", "PY0020@3+1: source code cannot contain null bytes")]
    [InlineData("'a\0", "PY0020@2+1: source code cannot contain null bytes|PY0003@0+1: unterminated string literal (detected at line 1)")]
    public void NullCharacterIsReportedEverywhere(string source, string expected)
    {
        Assert.Equal(expected.Split('|'), Diagnostics(source));
    }

    [Fact]
    public void LoneSurrogateIsNonPrintable()
    {
        // Built at run time: test-case serialisation would replace the lone surrogate.
        Assert.Equal(new[] { "PY0002@1+1: invalid non-printable character U+D800" }, Diagnostics("x" + (char)0xD800));
        Assert.Equal(new[] { "PY0002@0+1: invalid non-printable character U+DC00" }, Diagnostics((char)0xDC00 + "x"));
    }

    [Fact]
    public void InvalidNumberIsOneToken()
    {
        Assert.Equal(new[] { "NumberToken 1.5j2", "NewLineToken" }, Describe("1.5j2"));
        Assert.Equal(new[] { "NumberToken 0b12", "NewLineToken" }, Describe("0b12"));
        Assert.Equal(new[] { "NumberToken 123abc", "NewLineToken" }, Describe("123abc"));
    }

    [Fact]
    public void InvalidCharacterSplitsTheIdentifier()
    {
        Assert.Equal(new[] { "IdentifierToken a", "BadToken €", "IdentifierToken b", "NewLineToken" }, Describe("a€b"));
        Assert.Equal(new[] { "BadToken 😀", "NewLineToken" }, Describe("😀"));
        Assert.Equal(new[] { "PY0001@0+2: invalid character '😀' (U+1F600)" }, Diagnostics("😀"));
    }

    [Fact]
    public void UnterminatedStringRunsToEndOfLine()
    {
        Assert.Equal(new[] { "IdentifierToken x", "EqualsToken =", "StringToken 'abc", "NewLineToken \\n", "IdentifierToken y", "NewLineToken" },
            Describe("x = 'abc\ny"));
        Assert.Equal(new[] { "StringToken '''abc\\n\\nx", "NewLineToken" }, Describe("'''abc\n\nx"));
    }

    [Fact]
    public void TooManyNestedParenthesesIsReportedOnce()
    {
        string deep = new string('(', 201) + new string(')', 201);
        Assert.Equal(new[] { "PY0011@200+1: too many nested parentheses" }, Diagnostics(deep));
        Assert.Empty(Diagnostics(new string('[', 200) + new string(']', 200)));
    }

    [Fact]
    public void UnclosedBracketReportsTheInnermostOpener()
    {
        Assert.Equal(new[] { "PY0014@5+1: '{' was never closed" }, Diagnostics("f(a, {1:\n2"));
    }

    [Fact]
    public void EveryLexicalErrorCodeIsProduced()
    {
        string[] sources =
        {
            "€", "\u00a0", "'a", "'''a", "0b2", "\\ x", "\\", "if a:\n\tb\n        c\n", "if a:\n    b\n  c\n",
            string.Concat(Enumerable.Range(0, 101).Select(i => new string(' ', i) + "if a:\n")) + new string(' ', 101) + "b\n",
            new string('(', 201), ")", "(]", "(", "f'}'", "\0", "f'a", "f'''a", "$",
        };
        var produced = sources.SelectMany(Diagnostics).Select(d => d[..6]).ToHashSet();
        var lexical = new[]
        {
            ErrorCode.InvalidCharacter, ErrorCode.InvalidNonPrintableCharacter, ErrorCode.UnterminatedString,
            ErrorCode.UnterminatedTripleQuotedString, ErrorCode.InvalidNumberLiteral, ErrorCode.UnexpectedCharacterAfterContinuation,
            ErrorCode.UnexpectedEofAfterContinuation, ErrorCode.InconsistentTabsAndSpaces, ErrorCode.UnindentMismatch,
            ErrorCode.TooDeepIndentation, ErrorCode.TooManyNestedParentheses, ErrorCode.UnmatchedClosingBracket,
            ErrorCode.MismatchedClosingBracket, ErrorCode.UnclosedBracket, ErrorCode.FStringError, ErrorCode.NullCharacter,
            ErrorCode.UnterminatedFString, ErrorCode.UnterminatedTripleQuotedFString, ErrorCode.InvalidSyntax,
        };
        var missing = lexical.Select(DiagnosticDescriptors.IdOf).Where(id => !produced.Contains(id)).ToArray();
        Assert.True(missing.Length == 0, "not produced: " + string.Join(", ", missing));
    }

    [Fact]
    public void TokensWithDiagnosticsAreNotShared()
    {
        var tokens = Lex("x = 1)\ny = 1)\n");
        var closers = tokens.Where(t => t.Kind == SyntaxKind.CloseParenToken).ToArray();
        Assert.Equal(2, closers.Length);
        Assert.NotSame(closers[0], closers[1]);
        Assert.Single(closers[0].GetDiagnostics());
        Assert.Single(closers[1].GetDiagnostics());
    }
}
