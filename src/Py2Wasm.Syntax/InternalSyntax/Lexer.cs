using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>
/// Turns Python source text into the lossless green token stream the parser consumes: every character of the
/// input ends up in exactly one token or trivia, so concatenating the tokens' full text gives back the input.
/// </summary>
/// <remarks>
/// Token-stream contract (CPython's tokenizer is the reference; f-strings are split as in Python 3.12):
/// <list type="bullet">
/// <item>Trailing trivia of a token: whitespace, a comment and at most one backslash continuation on the same
/// line, plus the line break that ends the line when it is not a logical NEWLINE (inside brackets).</item>
/// <item>Leading trivia: everything else before a token (blank lines, comment-only lines, indentation).</item>
/// <item><see cref="SyntaxKind.NewLineToken"/> is the logical NEWLINE (text = the line break, empty at end of
/// file); INDENT/DEDENT are zero-width tokens without trivia, emitted right before the first token of the line.</item>
/// <item>The stream ends with exactly one <see cref="SyntaxKind.EndOfFileToken"/>.</item>
/// </list>
/// Recovery choices (CPython stops at the first error; we go on):
/// <list type="bullet">
/// <item>A code point that starts no token is a one-character BadToken (an identifier before it is kept);
/// '$', '?', '`' and a '!' outside an f-string field are BadTokens with "invalid syntax"; so is a stray '\'.</item>
/// <item>An invalid number is one NumberToken covering the rest of the identifier-like run.</item>
/// <item>A dedent to an unknown column joins the innermost block it left (one DEDENT fewer), whose column
/// becomes the line's column.</item>
/// <item>A mismatched closer pops the innermost ordinary bracket but never an f-string field; "never closed" is
/// reported for the innermost open bracket only; "too many nested parentheses" once, on the 201st.</item>
/// </list>
/// The lexer never throws on any input and runs in linear time. The file is split by area:
/// this file (driver, trivia, token building), <c>Lexer.Indentation.cs</c>, <c>Lexer.Identifiers.cs</c>,
/// <c>Lexer.Numbers.cs</c>, <c>Lexer.Strings.cs</c>, <c>Lexer.FStrings.cs</c>, <c>Lexer.Operators.cs</c>.
/// </remarks>
internal sealed partial class Lexer
{
    private readonly string _text;
    private readonly int _end;
    private readonly PythonParseOptions _options;

    /// <summary>Current position in <see cref="_text"/>.</summary>
    private int _pos;

    /// <summary>Where the full span (leading trivia included) of the next token starts.</summary>
    private int _tokenFullStart;

    private readonly TokenBuffer _tokens;
    private readonly List<GreenNode> _leading = new(8);
    private readonly List<GreenNode> _trailing = new(4);
    private List<DiagnosticInfo>? _diagnostics;

    /// <summary>True when the current logical line has produced a token (so its line break is a NEWLINE).</summary>
    private bool _lineHasTokens;

    /// <summary>True at the beginning of a logical line, where indentation is measured.</summary>
    private bool _atLineStart = true;

    private readonly LexerCache _cache;
    private int[]? _lineStarts;

    public Lexer(SourceText text, PythonParseOptions options)
    {
        _text = text.ToString();
        _end = _text.Length;
        _options = options;
        _cache = LexerCache.Rent();
        _tokens = _cache.TokenBuffer;
        _indentColumns[0] = 0;
        _indentAltColumns[0] = 0;
    }

    /// <summary>Lexes the whole file into a fresh array ending with exactly one EndOfFileToken (tests, tools).</summary>
    public GreenToken[] LexAll()
    {
        var cache = Lex(out var tokens);
        var result = tokens.ToArray();
        LexerCache.Return(cache);
        return result;
    }

    /// <summary>
    /// Lexes the whole file into the pooled buffer <paramref name="tokens"/>, ending with exactly one
    /// EndOfFileToken. The caller reads the buffer in place and then gives the returned cache back with
    /// <see cref="LexerCache.Return"/>.
    /// </summary>
    public LexerCache Lex(out TokenBuffer tokens)
    {
        tokens = _tokens;
        if (_end > 0 && _text[0] == '\uFEFF')
        {
            _leading.Add(LexerCache.ByteOrderMark);
            _pos = 1;
        }

        while (true)
        {
            switch (CurrentMode())
            {
                case LexMode.FStringLiteral:
                    LexFStringText(formatSpec: false);
                    continue;
                case LexMode.FormatSpec:
                    LexFStringText(formatSpec: true);
                    continue;
            }

            bool checkIndentation = ScanLeadingTrivia(out int column, out int altColumn);
            if (_pos >= _end)
            {
                FinishAtEndOfFile();
                return _cache;
            }

            char c = _text[_pos];
            if (c == '\n' || c == '\r')
            {
                // ScanLeadingTrivia stops at a line break only when it ends a logical line.
                int width = c == '\r' && _pos + 1 < _end && _text[_pos + 1] == '\n' ? 2 : 1;
                _pos += width;
                AddToken(SyntaxKind.NewLineToken, width == 2 ? "\r\n" : (c == '\n' ? "\n" : "\r"), scanTrailing: false);
                _lineHasTokens = false;
                _atLineStart = true;
                continue;
            }

            if (checkIndentation)
            {
                ApplyIndentation(column, altColumn);
            }

            _atLineStart = false;
            _lineHasTokens = true;
            ScanToken();
        }
    }

    private enum LexMode : byte
    {
        Regular,
        FStringLiteral,
        FormatSpec,
    }

    private LexMode CurrentMode()
    {
        if (_fstringCount > 0 && _fstrings[_fstringCount - 1].BracketDepth == _bracketCount)
        {
            return LexMode.FStringLiteral;
        }
        if (_bracketCount > 0 && _brackets[_bracketCount - 1].InFormatSpec)
        {
            return LexMode.FormatSpec;
        }
        return LexMode.Regular;
    }

    // ---------------------------------------------------------------- trivia

    /// <summary>
    /// Scans the trivia before a token into <see cref="_leading"/>: whitespace, comments, continuations and the
    /// line breaks that are not logical NEWLINEs. Stops at a token, at end of file, or at a line break that is
    /// a NEWLINE. Returns true when the next token starts a logical line whose indentation must be checked, with
    /// its column (tab size 8) and "alt" column (tab size 1).
    /// </summary>
    private bool ScanLeadingTrivia(out int column, out int altColumn)
    {
        bool atLineStart = _atLineStart && _bracketCount == 0;
        int col = 0, altCol = 0, continuationCol = 0;
        _indentStart = _pos;
        while (_pos < _end)
        {
            char c = _text[_pos];
            switch (c)
            {
                case ' ':
                case '\t':
                case '\f':
                {
                    int start = _pos;
                    do
                    {
                        if (atLineStart)
                        {
                            char w = _text[_pos];
                            if (w == ' ')
                            {
                                col++;
                                altCol++;
                            }
                            else if (w == '\t')
                            {
                                col = ((col / 8) + 1) * 8;
                                altCol++;
                            }
                            else
                            {
                                // A form feed resets the column (CPython: "for Emacs users").
                                col = 0;
                                altCol = 0;
                            }
                        }
                        _pos++;
                    }
                    while (_pos < _end && _text[_pos] is ' ' or '\t' or '\f');
                    _leading.Add(_cache.Whitespace(_text, start, _pos - start));
                    continue;
                }
                case '#':
                    _leading.Add(ScanComment());
                    continue;
                case '\\':
                {
                    int breakWidth = LineBreakWidthAt(_pos + 1);
                    if (breakWidth == 0)
                    {
                        goto Done;
                    }
                    if (atLineStart && continuationCol == 0)
                    {
                        // Indentation cannot be split over lines with backslashes: the first one decides.
                        continuationCol = col;
                    }
                    _leading.Add(LexerCache.Continuation(_text, _pos, breakWidth));
                    _pos += 1 + breakWidth;
                    ReportEndOfFileAfterContinuation();
                    continue;
                }
                case '\r':
                case '\n':
                {
                    if (_bracketCount == 0 && _lineHasTokens)
                    {
                        goto Done;
                    }
                    int width = LineBreakWidthAt(_pos);
                    _leading.Add(LexerCache.EndOfLine(_text, _pos, width));
                    _pos += width;
                    atLineStart = _bracketCount == 0;
                    col = altCol = continuationCol = 0;
                    _indentStart = _pos;
                    continue;
                }
                default:
                    goto Done;
            }
        }

    Done:
        if (continuationCol != 0)
        {
            col = altCol = continuationCol;
        }
        column = col;
        altColumn = altCol;
        return atLineStart && _pos < _end && _text[_pos] is not ('\r' or '\n');
    }

    /// <summary>Scans the trivia after a token on the same line into <see cref="_trailing"/>.</summary>
    private void ScanTrailingTrivia()
    {
        while (_pos < _end)
        {
            char c = _text[_pos];
            switch (c)
            {
                case ' ':
                case '\t':
                case '\f':
                {
                    int start = _pos;
                    do
                    {
                        _pos++;
                    }
                    while (_pos < _end && _text[_pos] is ' ' or '\t' or '\f');
                    _trailing.Add(_cache.Whitespace(_text, start, _pos - start));
                    continue;
                }
                case '#':
                    _trailing.Add(ScanComment());
                    continue;
                case '\\':
                {
                    int breakWidth = LineBreakWidthAt(_pos + 1);
                    if (breakWidth != 0)
                    {
                        _trailing.Add(LexerCache.Continuation(_text, _pos, breakWidth));
                        _pos += 1 + breakWidth;
                        ReportEndOfFileAfterContinuation();
                    }
                    return;
                }
                case '\r':
                case '\n':
                    if (_bracketCount > 0)
                    {
                        int width = LineBreakWidthAt(_pos);
                        _trailing.Add(LexerCache.EndOfLine(_text, _pos, width));
                        _pos += width;
                    }
                    return;
                default:
                    return;
            }
        }
    }

    /// <summary>A continuation must be followed by another line: "unexpected EOF while parsing" otherwise.</summary>
    private void ReportEndOfFileAfterContinuation()
    {
        if (_pos >= _end)
        {
            int breakWidth = _text[_end - 1] == '\n' && _end >= 3 && _text[_end - 2] == '\r' ? 2 : 1;
            AddError(ErrorCode.UnexpectedEofAfterContinuation, _end - 1 - breakWidth, 1);
        }
    }

    private GreenTrivia ScanComment()
    {
        int start = _pos;
        int end = _text.AsSpan(start).IndexOfAny('\r', '\n');
        _pos = end < 0 ? _end : start + end;
        ReportNullCharacter(start, _pos);
        // A comment's text stays in the source until read: copying every comment cost a tenth of a byte per source byte.
        return GreenTrivia.CreateSliced(SyntaxKind.CommentTrivia, _text, start, _pos - start);
    }

    /// <summary>
    /// CPython rejects a NUL anywhere in the source; inside comments and string literals (where no BadToken is
    /// made) the first one of the span is reported on the token being built.
    /// </summary>
    private void ReportNullCharacter(int start, int end)
    {
        int index = _text.AsSpan(start, end - start).IndexOf('\0');
        if (index >= 0)
        {
            AddError(ErrorCode.NullCharacter, start + index, 1);
        }
    }

    /// <summary>The width of the line break at <paramref name="position"/> (2 for CRLF), or 0 if there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LineBreakWidthAt(int position)
    {
        if (position >= _end)
        {
            return 0;
        }
        char c = _text[position];
        if (c == '\n')
        {
            return 1;
        }
        if (c == '\r')
        {
            return position + 1 < _end && _text[position + 1] == '\n' ? 2 : 1;
        }
        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PeekAt(int position) => position < _end ? _text[position] : -1;

    // ---------------------------------------------------------------- tokens and diagnostics

    /// <summary>Records a diagnostic for the token being built; <paramref name="position"/> is absolute.</summary>
    private void AddError(ErrorCode code, int position, int width, params object[] args)
    {
        _diagnostics ??= new List<DiagnosticInfo>(2);
        _diagnostics.Add(new DiagnosticInfo(code, position - _tokenFullStart, Math.Max(0, width), args));
    }

    /// <summary>
    /// Finishes the token that ends at <see cref="_pos"/>: scans its trailing trivia (when the token leaves the
    /// lexer in regular mode and <paramref name="scanTrailing"/>), attaches leading trivia and pending
    /// diagnostics, and appends it.
    /// </summary>
    private void AddToken(SyntaxKind kind, string text, bool scanTrailing = true) => AddToken(kind, text, -1, text.Length, scanTrailing);

    /// <summary>
    /// Adds a literal or literal part at <c>[start, start+length)</c>: short texts are interned (and the token
    /// may be shared); longer ones stay in the source text (a sliced token), which costs less than a copy.
    /// </summary>
    private void AddLiteralToken(SyntaxKind kind, int start, int length, bool scanTrailing)
    {
        if (length <= 8)
        {
            AddToken(kind, _cache.Intern(_text.AsSpan(start, length), out _), -1, length, scanTrailing);
        }
        else
        {
            AddToken(kind, _text, start, length, scanTrailing);
        }
    }

    /// <summary>Adds a token whose text is <paramref name="text"/> (start &lt; 0) or <c>text[start..start+length)</c>.</summary>
    private void AddToken(SyntaxKind kind, string text, int start, int length, bool scanTrailing)
    {
        if (scanTrailing && CurrentMode() == LexMode.Regular)
        {
            ScanTrailingTrivia();
        }
        var leading = _cache.TriviaList(_leading);
        var trailing = _cache.TriviaList(_trailing);
        _leading.Clear();
        _trailing.Clear();
        GreenToken token;
        if (_diagnostics is { Count: > 0 })
        {
            token = (start < 0 ? GreenToken.Create(kind, text, leading, trailing) : GreenToken.CreateSliced(kind, text, start, length, leading, trailing))
                .WithDiagnostics(_diagnostics.ToArray());
            _diagnostics.Clear();
        }
        else
        {
            // Sliced texts are long literals, unique in practice: not worth a cache probe.
            token = start < 0 ? _cache.Token(kind, text, leading, trailing) : GreenToken.CreateSliced(kind, text, start, length, leading, trailing);
        }
        _tokens.Add(token);
        _tokenFullStart = _pos;
    }

    /// <summary>Appends a zero-width token without trivia (INDENT, DEDENT, the final NEWLINE).</summary>
    private void AddZeroWidthToken(SyntaxKind kind) => _tokens.Add(LexerCache.ZeroWidth(kind));

    /// <summary>Attaches a diagnostic to an already emitted token (its offset is relative to the token's text).</summary>
    private void AddErrorToEmittedToken(int tokenIndex, ErrorCode code, int offsetInText, int width, params object[] args)
    {
        var token = _tokens[tokenIndex];
        _tokens[tokenIndex] = token.WithDiagnostics(
            new DiagnosticInfo(code, token.LeadingTriviaWidth + offsetInText, width, args));
    }

    private void FinishAtEndOfFile()
    {
        // Unterminated f-strings whose replacement field is still open, innermost first.
        while (_fstringCount > 0)
        {
            ref var fstring = ref _fstrings[_fstringCount - 1];
            ReportUnterminatedFString(ref fstring, _end);
            _bracketCount = fstring.BracketDepth;
            _fstringCount--;
        }

        if (_bracketCount > 0)
        {
            var opener = _brackets[_bracketCount - 1];
            if (opener.TokenIndex >= 0)
            {
                AddErrorToEmittedToken(opener.TokenIndex, ErrorCode.UnclosedBracket, 0, 1, opener.Char.ToString());
            }
        }

        if (_lineHasTokens)
        {
            AddZeroWidthToken(SyntaxKind.NewLineToken);
        }
        while (_indentLevel > 0)
        {
            _indentLevel--;
            AddZeroWidthToken(SyntaxKind.DedentToken);
        }
        AddToken(SyntaxKind.EndOfFileToken, string.Empty, scanTrailing: false);
    }

    /// <summary>The 1-based line number of <paramref name="position"/> (line breaks: CR, LF, CRLF).</summary>
    private int LineNumberOf(int position)
    {
        if (_lineStarts is null)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < _end; i++)
            {
                char c = _text[i];
                if (c == '\r')
                {
                    if (i + 1 < _end && _text[i + 1] == '\n')
                    {
                        i++;
                    }
                    starts.Add(i + 1);
                }
                else if (c == '\n')
                {
                    starts.Add(i + 1);
                }
            }
            _lineStarts = starts.ToArray();
        }
        int index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>
    /// The line CPython reports for an error detected at <paramref name="position"/>: at end of file after a
    /// final line break, CPython has not started a new line yet.
    /// </summary>
    private int DetectionLineOf(int position)
    {
        if (position >= _end && _end > 0 && _text[_end - 1] is '\r' or '\n')
        {
            return LineNumberOf(_end - 1);
        }
        return LineNumberOf(position);
    }
}
