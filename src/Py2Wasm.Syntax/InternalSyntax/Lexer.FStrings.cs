namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>
/// f-strings, tokenized as in Python 3.12 (PEP 701): FStringStart, FStringMiddle for literal text,
/// '{' expression tokens ['='] ['!' conversion] [':' format spec] '}', FStringEnd. Replacement fields are
/// entries of the bracket stack, so brackets, nested strings and nested f-strings inside them need nothing
/// special; the lexer is in f-string literal mode when the bracket depth equals the depth at which the
/// innermost f-string started, and in format-spec mode when the innermost bracket is a field after its ':'.
/// </summary>
/// <remarks>
/// Literal text is kept verbatim: "{{" and "}}" stay two characters inside one FStringMiddle token (a middle
/// token is never split at them); the parser decodes them. Escape sequences are not decoded either, but
/// "\N{...}" is recognised so that its braces are not taken for a field.
/// </remarks>
internal sealed partial class Lexer
{
    private struct FStringState
    {
        public int Start;
        public int StartTokenIndex;
        public int BracketDepth;
        public char Quote;
        public bool Triple;
        public bool Raw;
    }

    private FStringState[] _fstrings = new FStringState[4];
    private int _fstringCount;

    private void PushFString(char quote, bool triple, bool raw, int start)
    {
        if (_fstringCount == _fstrings.Length)
        {
            Array.Resize(ref _fstrings, _fstrings.Length * 2);
        }
        _fstrings[_fstringCount++] = new FStringState
        {
            Start = start,
            StartTokenIndex = _tokens.Count,
            BracketDepth = _bracketCount,
            Quote = quote,
            Triple = triple,
            Raw = raw,
        };
    }

    /// <summary>
    /// Lexes f-string literal text (or format spec text) up to the next '{', '}', closing quote, or the end of
    /// the line (single-quoted) or file, then the token that stops it.
    /// </summary>
    private void LexFStringText(bool formatSpec)
    {
        ref var fstring = ref _fstrings[_fstringCount - 1];
        char quote = fstring.Quote;
        bool triple = fstring.Triple;
        int start = _pos;
        int p = _pos;
        while (p < _end)
        {
            char c = _text[p];
            if (c == quote && (!triple || (PeekAt(p + 1) == quote && PeekAt(p + 2) == quote)))
            {
                break;
            }
            if (c == '{')
            {
                if (!formatSpec && PeekAt(p + 1) == '{')
                {
                    p += 2;
                    continue;
                }
                break;
            }
            if (c == '}')
            {
                if (formatSpec)
                {
                    break;
                }
                if (PeekAt(p + 1) == '}')
                {
                    p += 2;
                    continue;
                }
                AddError(ErrorCode.FStringError, p, 1, "single '}' is not allowed");
                p++;
                continue;
            }
            if (c == '\\')
            {
                int next = PeekAt(p + 1);
                if (!fstring.Raw && next == 'N' && PeekAt(p + 2) == '{')
                {
                    // \N{NAME}: the braces belong to the escape.
                    p += 3;
                    while (p < _end && _text[p] is not ('}' or '\r' or '\n') && _text[p] != quote)
                    {
                        p++;
                    }
                    if (PeekAt(p) == '}')
                    {
                        p++;
                    }
                    continue;
                }
                if (next is '{' or '}' or -1)
                {
                    // "\{" is an invalid escape followed by a real field opener.
                    p++;
                    continue;
                }
                int breakWidth = LineBreakWidthAt(p + 1);
                p += 1 + (breakWidth > 0 ? breakWidth : 1);
                continue;
            }
            if (!triple && c is '\r' or '\n')
            {
                break;
            }
            p++;
        }

        if (p > start)
        {
            _pos = p;
            ReportNullCharacter(start, p);
            AddLiteralToken(SyntaxKind.FStringMiddleToken, start, p - start, scanTrailing: false);
        }

        if (formatSpec && p < _end && _text[p] is '\r' or '\n')
        {
            // A line break cannot be part of a single-quoted f-string's format spec. Like CPython 3.12's
            // tokenizer, leave the spec and go on lexing the field (the line break is trivia inside it).
            AddError(ErrorCode.FStringError, p, LineBreakWidthAt(p), "expecting '}'");
            _brackets[_bracketCount - 1].InFormatSpec = false;
            return;
        }

        if (p >= _end || _text[p] is '\r' or '\n')
        {
            // Unterminated: the f-string (and any open field) ends here; the line break is lexed normally.
            ReportUnterminatedFString(ref fstring, p);
            _bracketCount = fstring.BracketDepth;
            _fstringCount--;
            return;
        }

        char stop = _text[p];
        if (stop == '{')
        {
            _pos = p + 1;
            if (_bracketCount == MaxBracketLevel)
            {
                AddError(ErrorCode.TooManyNestedParentheses, p, 1);
            }
            PushBracket('{', p, isFStringField: true);
            AddToken(SyntaxKind.OpenBraceToken, "{");
            return;
        }
        if (stop == '}')
        {
            // End of a replacement field's format spec.
            _pos = p + 1;
            _bracketCount--;
            AddToken(SyntaxKind.CloseBraceToken, "}");
            return;
        }

        // The closing quote.
        _pos = p + (triple ? 3 : 1);
        if (formatSpec)
        {
            AddError(ErrorCode.FStringError, p, _pos - p, "expecting '}'");
        }
        _bracketCount = fstring.BracketDepth;
        _fstringCount--;
        AddToken(SyntaxKind.FStringEndToken, triple ? (quote == '"' ? "\"\"\"" : "'''") : (quote == '"' ? "\"" : "'"));
    }

    /// <summary>Reports an f-string that is not closed (detected at <paramref name="detectedAt"/>) on its start token.</summary>
    private void ReportUnterminatedFString(ref FStringState fstring, int detectedAt)
    {
        var code = fstring.Triple ? ErrorCode.UnterminatedTripleQuotedFString : ErrorCode.UnterminatedFString;
        AddErrorToEmittedToken(fstring.StartTokenIndex, code, 0, 1, DetectionLineOf(detectedAt));
    }
}
