namespace Py2Wasm.Syntax.InternalSyntax;

/// <summary>String and bytes literals (everything but the inside of f-strings).</summary>
internal sealed partial class Lexer
{
    /// <summary>
    /// Scans a string literal whose prefix starts at <paramref name="start"/> and whose opening quote is at
    /// <paramref name="quotePosition"/>. A non-f string becomes one <see cref="SyntaxKind.StringToken"/>; an
    /// f-string produces its <see cref="SyntaxKind.FStringStartToken"/> and switches to f-string mode.
    /// </summary>
    private void ScanStringOrFString(int start, int quotePosition, bool raw, bool fstring)
    {
        char quote = _text[quotePosition];
        bool triple = PeekAt(quotePosition + 1) == quote && PeekAt(quotePosition + 2) == quote;
        int bodyStart = quotePosition + (triple ? 3 : 1);

        if (fstring)
        {
            _pos = bodyStart;
            PushFString(quote, triple, raw, start);
            AddToken(SyntaxKind.FStringStartToken, _cache.Intern(_text.AsSpan(start, bodyStart - start), out _));
            return;
        }

        int p = bodyStart;
        if (!triple && PeekAt(p) == quote)
        {
            // The empty string '' (or "").
            _pos = p + 1;
            AddToken(SyntaxKind.StringToken, _cache.Intern(_text.AsSpan(start, _pos - start), out _));
            return;
        }

        while (true)
        {
            if (p >= _end)
            {
                ReportUnterminatedString(start, quotePosition, triple, p);
                return;
            }
            char c = _text[p];
            if (c == '\\')
            {
                // Backslash escapes the next character, also in raw strings (r"\"" is one string); a
                // backslash-newline continues a single-quoted string on the next line.
                p++;
                if (p < _end)
                {
                    p += LineBreakWidthAt(p) is var w && w > 0 ? w : 1;
                }
                continue;
            }
            if (c == quote)
            {
                if (!triple)
                {
                    p++;
                    break;
                }
                if (PeekAt(p + 1) == quote && PeekAt(p + 2) == quote)
                {
                    p += 3;
                    break;
                }
            }
            else if (!triple && c is '\r' or '\n')
            {
                ReportUnterminatedString(start, quotePosition, triple, p);
                return;
            }
            p++;
        }

        _pos = p;
        ReportNullCharacter(start, p);
        int length = p - start;
        AddLiteralToken(SyntaxKind.StringToken, start, length, scanTrailing: true);
    }

    /// <summary>
    /// An unterminated string runs to the end of the line (single quotes) or of the file (triple quotes).
    /// Inside an f-string replacement field, a lone quote that matches the f-string's own quote means the
    /// field's '}' is missing: CPython 3.12 reports "f-string: expecting '}'", and the quote ends the f-string.
    /// </summary>
    private void ReportUnterminatedString(int start, int quotePosition, bool triple, int detectedAt)
    {
        if (start == quotePosition && _fstringCount > 0 && _bracketCount > _fstrings[_fstringCount - 1].BracketDepth)
        {
            ref var fstring = ref _fstrings[_fstringCount - 1];
            if (fstring.Quote == _text[quotePosition] && fstring.Triple == triple)
            {
                _pos = quotePosition + (triple ? 3 : 1);
                AddError(ErrorCode.FStringError, quotePosition, _pos - quotePosition, "expecting '}'");
                _bracketCount = fstring.BracketDepth;
                _fstringCount--;
                AddToken(SyntaxKind.FStringEndToken, _cache.Intern(_text.AsSpan(quotePosition, _pos - quotePosition), out _));
                return;
            }
        }

        _pos = detectedAt;
        ReportNullCharacter(start, detectedAt);
        int line = DetectionLineOf(detectedAt);
        AddError(triple ? ErrorCode.UnterminatedTripleQuotedString : ErrorCode.UnterminatedString, start, 1, line);
        AddToken(SyntaxKind.StringToken, _text.Substring(start, detectedAt - start));
    }
}
