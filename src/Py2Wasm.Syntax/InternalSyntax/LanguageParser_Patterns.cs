namespace Py2Wasm.Syntax.InternalSyntax;

internal sealed partial class LanguageParser
{
    /// <summary>patterns: an open sequence (a, b) or a single pattern.</summary>
    private GreenNode ParsePatterns()
    {
        var first = ParseMaybeStarPattern();
        if (CurrentKind != SyntaxKind.CommaToken)
        {
            return first;
        }
        var items = GetList();
        items.Add(first);
        while (CurrentKind == SyntaxKind.CommaToken)
        {
            items.Add(EatToken());
            if (!CanStartPattern(CurrentKind)) break;
            items.Add(ParseMaybeStarPattern());
        }
        return GreenFactory.SequencePattern(null, ToListAndFree(items), null);
    }

    private static bool CanStartPattern(SyntaxKind kind) => kind is SyntaxKind.IdentifierToken or SyntaxKind.NumberToken or
        SyntaxKind.StringToken or SyntaxKind.FStringStartToken or SyntaxKind.MinusToken or SyntaxKind.OpenParenToken or
        SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken or SyntaxKind.StarToken or SyntaxKind.NoneKeyword or
        SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword;

    private GreenNode ParseMaybeStarPattern()
    {
        if (CurrentKind == SyntaxKind.StarToken)
        {
            var star = EatToken();
            var name = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
            return GreenFactory.StarPattern(star, name);
        }
        return ParsePattern();
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private GreenNode ParsePattern()
    {
        if (NeedsNewStack)
        {
            return StackGuard.RunOnLargeStack(ParsePattern);
        }
        if (!EnterRecursion())
        {
            var missing = CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.TooDeeplyNested);
            SkipRestOfLogicalLine();
            return GreenFactory.CapturePattern(missing);
        }
        try
        {
            var pattern = ParseOrPattern();
            while (CurrentKind == SyntaxKind.AsKeyword)
            {
                var asKeyword = EatToken();
                var name = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
                pattern = GreenFactory.AsPattern(pattern, asKeyword, name);
            }
            return pattern;
        }
        finally
        {
            ExitRecursion();
        }
    }

    private GreenNode ParseOrPattern()
    {
        var first = ParseClosedPattern();
        if (CurrentKind != SyntaxKind.BarToken)
        {
            return first;
        }
        var items = GetList();
        items.Add(first);
        while (CurrentKind == SyntaxKind.BarToken)
        {
            items.Add(EatToken());
            items.Add(ParseClosedPattern());
        }
        return GreenFactory.OrPattern(ToListAndFree(items));
    }

    private GreenNode ParseClosedPattern()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.NoneKeyword:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
                return GreenFactory.SingletonPattern(EatToken());
            case SyntaxKind.NumberToken:
            case SyntaxKind.MinusToken:
                return GreenFactory.ValuePattern(ParseSignedNumberPatternValue());
            case SyntaxKind.StringToken:
            case SyntaxKind.FStringStartToken:
                return GreenFactory.ValuePattern(ParseStrings());
            case SyntaxKind.OpenParenToken:
            {
                var open = EatToken();
                if (CurrentKind == SyntaxKind.CloseParenToken)
                {
                    return GreenFactory.SequencePattern(open, null, EatToken());
                }
                var first = ParseMaybeStarPattern();
                if (CurrentKind == SyntaxKind.CommaToken || first.Kind == SyntaxKind.StarPattern)
                {
                    var items = GetList();
                    items.Add(first);
                    while (CurrentKind == SyntaxKind.CommaToken)
                    {
                        items.Add(EatToken());
                        if (!CanStartPattern(CurrentKind)) break;
                        items.Add(ParseMaybeStarPattern());
                    }
                    return GreenFactory.SequencePattern(open, ToListAndFree(items), EatToken(SyntaxKind.CloseParenToken));
                }
                return GreenFactory.GroupPattern(open, first, EatToken(SyntaxKind.CloseParenToken));
            }
            case SyntaxKind.OpenBracketToken:
            {
                var open = EatToken();
                var items = GetList();
                while (CanStartPattern(CurrentKind))
                {
                    items.Add(ParseMaybeStarPattern());
                    if (CurrentKind != SyntaxKind.CommaToken) break;
                    items.Add(EatToken());
                }
                return GreenFactory.SequencePattern(open, ToListAndFree(items), EatToken(SyntaxKind.CloseBracketToken));
            }
            case SyntaxKind.OpenBraceToken:
                return ParseMappingPattern();
            case SyntaxKind.IdentifierToken:
            {
                if (PeekKind() is not (SyntaxKind.DotToken or SyntaxKind.OpenParenToken))
                {
                    return GreenFactory.CapturePattern(EatToken());
                }
                GreenNode name = GreenFactory.IdentifierName(EatToken());
                while (CurrentKind == SyntaxKind.DotToken)
                {
                    var dot = EatToken();
                    var member = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
                    name = GreenFactory.MemberAccessExpression(name, dot, member);
                }
                if (CurrentKind == SyntaxKind.OpenParenToken)
                {
                    return ParseClassPattern(name);
                }
                return GreenFactory.ValuePattern(name);
            }
            default:
                return GreenFactory.CapturePattern(CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.ExpectedPattern));
        }
    }

    /// <summary>A signed number, optionally a complex literal: -1, 1.5, -2+3j, 1-2j.</summary>
    private GreenNode ParseSignedNumberPatternValue()
    {
        GreenNode value;
        if (CurrentKind == SyntaxKind.MinusToken)
        {
            var minus = EatToken();
            var number = CurrentKind == SyntaxKind.NumberToken ? EatToken() : CreateMissingToken(SyntaxKind.NumberToken, ErrorCode.ExpectedPattern);
            value = GreenFactory.UnaryExpression(SyntaxKind.UnaryMinusExpression, minus, GreenFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, number));
        }
        else
        {
            value = GreenFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, EatToken());
        }
        if (CurrentKind is SyntaxKind.PlusToken or SyntaxKind.MinusToken)
        {
            var op = EatToken();
            var imaginary = CurrentKind == SyntaxKind.NumberToken ? EatToken() : CreateMissingToken(SyntaxKind.NumberToken, ErrorCode.ExpectedPattern);
            value = GreenFactory.BinaryExpression(op.Kind == SyntaxKind.PlusToken ? SyntaxKind.AddExpression : SyntaxKind.SubtractExpression,
                value, op, GreenFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, imaginary));
        }
        return value;
    }

    private GreenNode ParseMappingPattern()
    {
        var open = EatToken();
        var items = GetList();
        while (CurrentKind != SyntaxKind.CloseBraceToken && !IsAtEnd)
        {
            int start = _index;
            if (CurrentKind == SyntaxKind.DoubleStarToken)
            {
                var stars = EatToken();
                var name = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
                items.Add(GreenFactory.DoubleStarPattern(stars, name));
            }
            else
            {
                GreenNode key;
                switch (CurrentKind)
                {
                    case SyntaxKind.NoneKeyword:
                        key = GreenFactory.LiteralExpression(SyntaxKind.NoneLiteralExpression, EatToken());
                        break;
                    case SyntaxKind.TrueKeyword:
                        key = GreenFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression, EatToken());
                        break;
                    case SyntaxKind.FalseKeyword:
                        key = GreenFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression, EatToken());
                        break;
                    case SyntaxKind.NumberToken:
                    case SyntaxKind.MinusToken:
                        key = ParseSignedNumberPatternValue();
                        break;
                    case SyntaxKind.StringToken:
                    case SyntaxKind.FStringStartToken:
                        key = ParseStrings();
                        break;
                    case SyntaxKind.IdentifierToken:
                        key = GreenFactory.IdentifierName(EatToken());
                        while (CurrentKind == SyntaxKind.DotToken)
                        {
                            var dot = EatToken();
                            key = GreenFactory.MemberAccessExpression(key, dot, CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier());
                        }
                        break;
                    default:
                        key = MissingExpression();
                        break;
                }
                var colon = EatToken(SyntaxKind.ColonToken);
                items.Add(GreenFactory.KeyPattern(key, colon, ParsePattern()));
            }
            if (_index == start) break;
            if (CurrentKind != SyntaxKind.CommaToken) break;
            items.Add(EatToken());
        }
        return GreenFactory.MappingPattern(open, ToListAndFree(items), EatToken(SyntaxKind.CloseBraceToken));
    }

    private GreenNode ParseClassPattern(GreenNode cls)
    {
        var open = EatToken();
        var items = GetList();
        while (CurrentKind != SyntaxKind.CloseParenToken && !IsAtEnd)
        {
            int start = _index;
            if (CurrentKind == SyntaxKind.IdentifierToken && PeekKind() == SyntaxKind.EqualsToken)
            {
                var name = EatToken();
                var equals = EatToken();
                items.Add(GreenFactory.KeywordPattern(name, equals, ParsePattern()));
            }
            else
            {
                items.Add(ParsePattern());
            }
            if (_index == start) break;
            if (CurrentKind != SyntaxKind.CommaToken) break;
            items.Add(EatToken());
        }
        return GreenFactory.ClassPattern(cls, open, ToListAndFree(items), EatToken(SyntaxKind.CloseParenToken));
    }
}
