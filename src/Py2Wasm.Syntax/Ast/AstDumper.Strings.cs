using System.Runtime.InteropServices;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Syntax.Ast;

internal sealed partial class AstDumper
{
    private void Literal(LiteralExpressionSyntax literal)
    {
        switch (literal.Kind)
        {
            case SyntaxKind.StringLiteralExpression:
                Strings(literal);
                return;
            case SyntaxKind.NumericLiteralExpression:
                Constant(NumberRepr(literal.Token.Text), kindU: false, Start(literal), EndOf(literal));
                return;
            case SyntaxKind.NoneLiteralExpression:
                Constant(PyRepr.None, kindU: false, Start(literal), EndOf(literal));
                return;
            case SyntaxKind.TrueLiteralExpression:
                Constant(PyRepr.True, kindU: false, Start(literal), EndOf(literal));
                return;
            case SyntaxKind.FalseLiteralExpression:
                Constant(PyRepr.False, kindU: false, Start(literal), EndOf(literal));
                return;
            default:
                Constant(PyRepr.Ellipsis, kindU: false, Start(literal), EndOf(literal));
                return;
        }
    }

    private void Constant(string valueRepr, bool kindU, int start, int end)
    {
        Begin("Constant");
        Key("value");
        _sb.Append(valueRepr);
        if (kindU)
        {
            Key("kind");
            _sb.Append("'u'");
        }
        End(start, end);
    }

    /// <summary>Python's repr of a number literal's value (the token text itself if it does not parse).</summary>
    internal static string NumberRepr(string text)
    {
        if (!NumberLiteral.TryParse(text, out var value, out _))
        {
            return text;
        }
        return value.Kind switch
        {
            NumberLiteralKind.Integer => value.IsSmallInteger ? PyRepr.Int(value.SmallInteger) : PyRepr.Int(value.Integer),
            NumberLiteralKind.Float => PyRepr.Float(value.Double),
            _ => PyRepr.Complex(0.0, value.Double),
        };
    }

    /// <summary>
    /// A string literal, an f-string, or adjacent ones: one <c>Constant</c> when no f-string takes part, else a
    /// <c>JoinedStr</c> whose adjacent literal parts are merged and empty ones dropped.
    /// </summary>
    private void Strings(ExpressionSyntax expression)
    {
        var parts = new List<ExpressionSyntax>();
        if (expression is ConcatenatedStringExpressionSyntax concatenated)
        {
            parts.AddRange(concatenated.Strings);
        }
        else
        {
            parts.Add(expression);
        }
        int start = Start(expression);
        int end = EndOf(expression);
        bool firstIsU = parts.Count > 0 && FirstToken(parts[0]).Text is { Length: > 0 } firstText && firstText[0] == 'u';
        bool anyFString = parts.Any(p => p is FStringExpressionSyntax);
        if (!anyFString)
        {
            Constant(PlainStringsRepr(parts), firstIsU, start, end);
            return;
        }

        var pieces = new List<StringPiece>();
        foreach (var part in parts)
        {
            if (part is FStringExpressionSyntax fstring)
            {
                bool raw = IsRaw(fstring.StartToken.Text);
                foreach (var content in fstring.Contents)
                {
                    AddContent(pieces, content, fstring, raw, inFormatSpec: false);
                }
            }
            else if (part is LiteralExpressionSyntax literal)
            {
                var value = StringLiteral.Decode(literal.Token.Text);
                var piece = StringPiece.Literal(value.Text ?? PyString.Empty, TokenStart(literal.Token), TokenEnd(literal.Token), fromFString: false);
                piece.KindU = literal.Token.Text.StartsWith('u');
                pieces.Add(piece);
            }
        }
        JoinedStr(pieces, start, end, start, end, firstIsU);
    }

    private static SyntaxToken FirstToken(ExpressionSyntax part) => part switch
    {
        LiteralExpressionSyntax literal => literal.Token,
        FStringExpressionSyntax fstring => fstring.StartToken,
        _ => part.GetFirstToken(),
    };

    private static bool IsRaw(string startTokenText)
    {
        foreach (char c in startTokenText)
        {
            if (c is 'r' or 'R')
            {
                return true;
            }
            if (c is '\'' or '"')
            {
                break;
            }
        }
        return false;
    }

    /// <summary>The repr of the value of adjacent plain string or bytes literals.</summary>
    private static string PlainStringsRepr(List<ExpressionSyntax> parts)
    {
        if (parts.Count == 1 && parts[0] is LiteralExpressionSyntax single)
        {
            return SingleLiteralRepr(single.Token.Text);
        }
        var texts = new List<int>();
        var bytes = new List<byte>();
        bool isBytes = false;
        foreach (var part in parts)
        {
            if (part is not LiteralExpressionSyntax literal)
            {
                continue;
            }
            var value = StringLiteral.Decode(literal.Token.Text);
            if (value.Bytes is { } b)
            {
                isBytes = true;
                bytes.AddRange(b);
            }
            else if (value.Text is { } t)
            {
                texts.AddRange(t.EnumerateCodePoints());
            }
        }
        return isBytes ? PyRepr.Bytes(CollectionsMarshal.AsSpan(bytes)) : PyRepr.Str(PyString.FromCodePoints(CollectionsMarshal.AsSpan(texts)));
    }

    private static string SingleLiteralRepr(string tokenText)
    {
        StringLiteralValue value;
        try
        {
            value = StringLiteral.Decode(tokenText);
        }
        catch (ArgumentException)
        {
            return PyRepr.Str(tokenText);
        }
        if (value.Bytes is { } bytes)
        {
            return PyRepr.Bytes(bytes);
        }
        return PyRepr.Str(value.Text ?? PyString.Empty);
    }

    /// <summary>Adds the pieces of one f-string content item (literal text or a replacement field).</summary>
    private void AddContent(List<StringPiece> pieces, FStringContentSyntax content, FStringExpressionSyntax owner, bool raw, bool inFormatSpec)
    {
        switch (content)
        {
            case FStringTextSyntax text:
            {
                var token = text.TextToken;
                var value = StringLiteral.DecodeFStringMiddle(token.Text, raw);
                int end = TokenEnd(token);
                // CPython 3.12's tokenizer ends a middle token before the second brace of a trailing '{{' or '}}'.
                if (!inFormatSpec && token.Text.Length >= 2 && (token.Text.EndsWith("{{", StringComparison.Ordinal) || token.Text.EndsWith("}}", StringComparison.Ordinal)))
                {
                    end--;
                }
                pieces.Add(StringPiece.Literal(value.Text ?? PyString.Empty, TokenStart(token), end, fromFString: true));
                break;
            }
            case FStringInterpolationSyntax interpolation:
            {
                if (!interpolation.EqualsToken.IsNone)
                {
                    int textStart = TokenEnd(interpolation.OpenBraceToken);
                    int textEnd = !interpolation.ExclamationToken.IsNone ? TokenStart(interpolation.ExclamationToken)
                        : interpolation.FormatSpecifier is { } spec ? TokenStart(spec.ColonToken)
                        : TokenStart(interpolation.CloseBraceToken);
                    pieces.Add(StringPiece.Literal(PyString.FromString(SourceSlice(textStart, textEnd)), textStart, textEnd, fromFString: false));
                }
                pieces.Add(StringPiece.Formatted(interpolation, owner, raw));
                break;
            }
        }
    }

    /// <summary>
    /// Writes a <c>JoinedStr</c> of <paramref name="pieces"/>. <paramref name="outerStart"/>/<paramref name="outerEnd"/>
    /// are the whole string's span, which 3.11 gives every part.
    /// </summary>
    /// <remarks>
    /// 3.11 gives a format spec's <c>JoinedStr</c>, and the literal run that ends a format spec, the span of the
    /// f-string token holding it (<paramref name="start"/>/<paramref name="end"/> when <paramref name="isSpec"/>).
    /// </remarks>
    private void JoinedStr(List<StringPiece> pieces, int start, int end, int outerStart, int outerEnd, bool outerIsU, bool isSpec = false)
    {
        var folded = Fold(pieces);
        Begin("JoinedStr");
        Key("values");
        _sb.Append('[');
        for (int i = 0; i < folded.Count; i++)
        {
            var piece = folded[i];
            Separator();
            if (piece.Interpolation is null)
            {
                string repr = PyRepr.Str(PyString.FromCodePoints(CollectionsMarshal.AsSpan(piece.CodePoints!)));
                if (Is312)
                {
                    Constant(repr, piece.KindU, piece.Start, piece.End);
                }
                else if (isSpec && i == folded.Count - 1)
                {
                    Constant(repr, outerIsU, start, end);
                }
                else
                {
                    Constant(repr, outerIsU, outerStart, outerEnd);
                }
            }
            else
            {
                FormattedValue(piece, outerStart, outerEnd, outerIsU);
            }
        }
        _sb.Append(']');
        End(start, end);
    }

    /// <summary>Merges adjacent literal pieces and drops empty ones, as both CPython versions do.</summary>
    private List<StringPiece> Fold(List<StringPiece> pieces)
    {
        var result = new List<StringPiece>(pieces.Count);
        StringPiece? run = null;
        foreach (var piece in pieces)
        {
            if (piece.Interpolation is not null)
            {
                Flush();
                result.Add(piece);
                continue;
            }
            // 3.12 drops empty f-string middle parts before folding; 3.11 ignores every empty literal.
            if (piece.CodePoints!.Count == 0 && (!Is312 || piece.FromFString))
            {
                continue;
            }
            if (run is null)
            {
                run = StringPiece.Literal(PyString.Empty, piece.Start, piece.End, piece.FromFString);
                run.KindU = piece.KindU;
            }
            run.CodePoints!.AddRange(piece.CodePoints);
            run.End = piece.End;
        }
        Flush();
        return result;

        void Flush()
        {
            if (run is not null && run.CodePoints!.Count > 0)
            {
                result.Add(run);
            }
            run = null;
        }
    }

    private void FormattedValue(StringPiece piece, int outerStart, int outerEnd, bool outerIsU)
    {
        var interpolation = piece.Interpolation!;
        Begin("FormattedValue");
        Key("value");
        if (!Is312 && interpolation.Expression is TupleExpressionSyntax { OpenParenToken.IsNone: true } bareTuple)
        {
            // 3.11 compiles a replacement field's text wrapped in parentheses, so a bare tuple spans from the
            // '{' to one past the end of the expression text (where the '=', '!', ':' or '}' is).
            int textEnd = !interpolation.EqualsToken.IsNone ? TokenStart(interpolation.EqualsToken)
                : !interpolation.ExclamationToken.IsNone ? TokenStart(interpolation.ExclamationToken)
                : interpolation.FormatSpecifier is { } s ? TokenStart(s.ColonToken)
                : TokenStart(interpolation.CloseBraceToken);
            Begin("Tuple");
            Key("elts");
            ExprList(bareTuple.Elements, ExprContext.Load);
            Ctx(ExprContext.Load);
            End(TokenStart(interpolation.OpenBraceToken), textEnd + 1);
        }
        else
        {
            Expr(interpolation.Expression);
        }
        Key("conversion");
        int conversion = -1;
        if (!interpolation.Conversion.IsNone && interpolation.Conversion.Text.Length > 0)
        {
            conversion = interpolation.Conversion.Text[0];
        }
        else if (!interpolation.EqualsToken.IsNone && interpolation.FormatSpecifier is null)
        {
            conversion = 'r';
        }
        _sb.Append(conversion);
        if (interpolation.FormatSpecifier is { } spec)
        {
            Key("format_spec");
            var specPieces = new List<StringPiece>();
            foreach (var content in spec.Contents)
            {
                AddContent(specPieces, content, piece.Owner!, piece.Raw, inFormatSpec: true);
            }
            if (Is312)
            {
                int specEnd = spec.Contents.Count > 0 ? EndOf(spec) : TokenEnd(spec.ColonToken);
                JoinedStr(specPieces, TokenStart(spec.ColonToken), specEnd, outerStart, outerEnd, outerIsU);
            }
            else
            {
                JoinedStr(specPieces, Start(piece.Owner!), EndOf(piece.Owner!), outerStart, outerEnd, outerIsU, isSpec: true);
            }
        }
        if (Is312)
        {
            End(interpolation);
        }
        else
        {
            End(outerStart, outerEnd);
        }
    }

    /// <summary>A part of a joined string: literal code points, or a replacement field.</summary>
    private sealed class StringPiece
    {
        public List<int>? CodePoints { get; private init; }

        public FStringInterpolationSyntax? Interpolation { get; private init; }

        public FStringExpressionSyntax? Owner { get; private init; }

        public bool Raw { get; private init; }

        public bool FromFString { get; private init; }

        public bool KindU { get; set; }

        public int Start { get; set; }

        public int End { get; set; }

        public static StringPiece Literal(PyString text, int start, int end, bool fromFString)
        {
            var codePoints = new List<int>(text.Length);
            codePoints.AddRange(text.EnumerateCodePoints());
            return new StringPiece { CodePoints = codePoints, Start = start, End = end, FromFString = fromFString };
        }

        public static StringPiece Formatted(FStringInterpolationSyntax interpolation, FStringExpressionSyntax owner, bool raw) =>
            new() { Interpolation = interpolation, Owner = owner, Raw = raw };
    }
}
