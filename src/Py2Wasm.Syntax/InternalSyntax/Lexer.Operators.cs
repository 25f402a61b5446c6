using System.Globalization;

namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>Operators, delimiters and the bracket stack.</summary>
internal sealed partial class Lexer
{
    /// <summary>CPython's MAXLEVEL: at most 200 nested brackets.</summary>
    private const int MaxBracketLevel = 200;

    /// <summary>An open bracket. f-string replacement fields are '{' entries with <see cref="IsFStringField"/>.</summary>
    private struct Bracket
    {
        public int Position;
        public int TokenIndex;
        public char Char;
        public bool IsFStringField;
        public bool InFormatSpec;
    }

    private Bracket[] _brackets = new Bracket[16];
    private int _bracketCount;

    private void ScanPunctuationOrBadCharacter(char c)
    {
        int start = _pos;
        int next = PeekAt(_pos + 1);
        SyntaxKind kind;
        switch (c)
        {
            case '(':
            case '[':
            case '{':
                ScanOpenBracket(c);
                return;
            case ')':
            case ']':
            case '}':
                ScanCloseBracket(c);
                return;
            case '+':
                kind = next == '=' ? SyntaxKind.PlusEqualsToken : SyntaxKind.PlusToken;
                break;
            case '-':
                kind = next == '=' ? SyntaxKind.MinusEqualsToken : next == '>' ? SyntaxKind.MinusGreaterThanToken : SyntaxKind.MinusToken;
                break;
            case '*':
                if (next == '*')
                {
                    kind = PeekAt(_pos + 2) == '=' ? SyntaxKind.DoubleStarEqualsToken : SyntaxKind.DoubleStarToken;
                }
                else
                {
                    kind = next == '=' ? SyntaxKind.StarEqualsToken : SyntaxKind.StarToken;
                }
                break;
            case '/':
                if (next == '/')
                {
                    kind = PeekAt(_pos + 2) == '=' ? SyntaxKind.DoubleSlashEqualsToken : SyntaxKind.DoubleSlashToken;
                }
                else
                {
                    kind = next == '=' ? SyntaxKind.SlashEqualsToken : SyntaxKind.SlashToken;
                }
                break;
            case '%':
                kind = next == '=' ? SyntaxKind.PercentEqualsToken : SyntaxKind.PercentToken;
                break;
            case '@':
                kind = next == '=' ? SyntaxKind.AtEqualsToken : SyntaxKind.AtToken;
                break;
            case '&':
                kind = next == '=' ? SyntaxKind.AmpersandEqualsToken : SyntaxKind.AmpersandToken;
                break;
            case '|':
                kind = next == '=' ? SyntaxKind.BarEqualsToken : SyntaxKind.BarToken;
                break;
            case '^':
                kind = next == '=' ? SyntaxKind.CaretEqualsToken : SyntaxKind.CaretToken;
                break;
            case '~':
                kind = SyntaxKind.TildeToken;
                break;
            case '<':
                if (next == '<')
                {
                    kind = PeekAt(_pos + 2) == '=' ? SyntaxKind.LessThanLessThanEqualsToken : SyntaxKind.LessThanLessThanToken;
                }
                else
                {
                    kind = next == '=' ? SyntaxKind.LessThanEqualsToken : SyntaxKind.LessThanToken;
                }
                break;
            case '>':
                if (next == '>')
                {
                    kind = PeekAt(_pos + 2) == '=' ? SyntaxKind.GreaterThanGreaterThanEqualsToken : SyntaxKind.GreaterThanGreaterThanToken;
                }
                else
                {
                    kind = next == '=' ? SyntaxKind.GreaterThanEqualsToken : SyntaxKind.GreaterThanToken;
                }
                break;
            case '=':
                kind = next == '=' ? SyntaxKind.EqualsEqualsToken : SyntaxKind.EqualsToken;
                break;
            case '!':
                if (next == '=')
                {
                    kind = SyntaxKind.ExclamationEqualsToken;
                }
                else if (AtFStringFieldTopLevel())
                {
                    // The conversion marker of a replacement field: f"{x!r}".
                    kind = SyntaxKind.ExclamationToken;
                }
                else
                {
                    _pos++;
                    AddError(ErrorCode.InvalidSyntax, start, 1);
                    AddToken(SyntaxKind.BadToken, "!");
                    return;
                }
                break;
            case ':':
                if (AtFStringFieldTopLevel())
                {
                    // A format spec starts at the field's top level, even before '=' (f"{x:=10}").
                    _brackets[_bracketCount - 1].InFormatSpec = true;
                    _pos++;
                    AddToken(SyntaxKind.ColonToken, ":");
                    return;
                }
                kind = next == '=' ? SyntaxKind.ColonEqualsToken : SyntaxKind.ColonToken;
                break;
            case ',':
                kind = SyntaxKind.CommaToken;
                break;
            case ';':
                kind = SyntaxKind.SemicolonToken;
                break;
            case '.':
                kind = next == '.' && PeekAt(_pos + 2) == '.' ? SyntaxKind.EllipsisToken : SyntaxKind.DotToken;
                break;
            case '\\':
                ScanStrayBackslash();
                return;
            case '\0':
                ScanBadCharacter();
                return;
            default:
                _pos++;
                if (c < 0x20 || c == 0x7F)
                {
                    AddError(ErrorCode.InvalidNonPrintableCharacter, start, 1, ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    // '$', '?', '`': CPython's tokenizer passes them to the parser, which says "invalid syntax".
                    AddError(ErrorCode.InvalidSyntax, start, 1);
                }
                AddToken(SyntaxKind.BadToken, _cache.Intern(_text.AsSpan(start, 1), out _));
                return;
        }

        string text = SyntaxFacts.GetText(kind);
        _pos += text.Length;
        AddToken(kind, text);
    }

    /// <summary>True when the innermost open bracket is an f-string replacement field's '{'.</summary>
    private bool AtFStringFieldTopLevel() =>
        _bracketCount > 0 && _brackets[_bracketCount - 1].IsFStringField;

    /// <summary>A backslash that is not followed by a line break (those are continuation trivia).</summary>
    private void ScanStrayBackslash()
    {
        int start = _pos;
        _pos++;
        if (_pos >= _end)
        {
            AddError(ErrorCode.UnexpectedEofAfterContinuation, start, 1);
        }
        else
        {
            AddError(ErrorCode.UnexpectedCharacterAfterContinuation, start, 1);
        }
        AddToken(SyntaxKind.BadToken, "\\");
    }

    private void ScanOpenBracket(char c)
    {
        int start = _pos;
        _pos++;
        if (_bracketCount == MaxBracketLevel)
        {
            // Reported once, when the limit is crossed; deeper brackets are still tracked.
            AddError(ErrorCode.TooManyNestedParentheses, start, 1);
        }
        PushBracket(c, start, isFStringField: false);
        var kind = c == '(' ? SyntaxKind.OpenParenToken : c == '[' ? SyntaxKind.OpenBracketToken : SyntaxKind.OpenBraceToken;
        AddToken(kind, SyntaxFacts.GetText(kind));
    }

    private void PushBracket(char c, int position, bool isFStringField)
    {
        if (_bracketCount == _brackets.Length)
        {
            Array.Resize(ref _brackets, _brackets.Length * 2);
        }
        // The opener is the next token to be appended.
        _brackets[_bracketCount++] = new Bracket
        {
            Position = position,
            TokenIndex = _tokens.Count,
            Char = c,
            IsFStringField = isFStringField,
        };
    }

    private void ScanCloseBracket(char c)
    {
        int start = _pos;
        _pos++;
        var kind = c == ')' ? SyntaxKind.CloseParenToken : c == ']' ? SyntaxKind.CloseBracketToken : SyntaxKind.CloseBraceToken;
        int floor = _fstringCount > 0 ? _fstrings[_fstringCount - 1].BracketDepth : 0;
        if (_bracketCount <= floor)
        {
            AddError(ErrorCode.UnmatchedClosingBracket, start, 1, c.ToString());
        }
        else
        {
            ref var opener = ref _brackets[_bracketCount - 1];
            char expected = opener.Char == '(' ? ')' : opener.Char == '[' ? ']' : '}';
            if (expected == c)
            {
                _bracketCount--;
            }
            else
            {
                int openerLine = LineNumberOf(opener.Position);
                string where = openerLine != LineNumberOf(start)
                    ? " on line " + openerLine.ToString(CultureInfo.InvariantCulture)
                    : string.Empty;
                AddError(ErrorCode.MismatchedClosingBracket, start, 1, c.ToString(), opener.Char.ToString(), where);
                if (!opener.IsFStringField)
                {
                    // Recovery: the closer ends the innermost bracket anyway, as in CPython; an f-string field
                    // stays open so that its '}' and the closing quote still line up.
                    _bracketCount--;
                }
            }
        }
        AddToken(kind, SyntaxFacts.GetText(kind));
    }
}
