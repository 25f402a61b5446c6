namespace Py2Wasm.Syntax.InternalSyntax;

internal sealed partial class LanguageParser
{
    private static bool CanStartExpression(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken or SyntaxKind.NumberToken or SyntaxKind.StringToken or SyntaxKind.FStringStartToken or
        SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken or
        SyntaxKind.MinusToken or SyntaxKind.PlusToken or SyntaxKind.TildeToken or SyntaxKind.StarToken or
        SyntaxKind.NotKeyword or SyntaxKind.LambdaKeyword or SyntaxKind.AwaitKeyword or SyntaxKind.YieldKeyword or
        SyntaxKind.NoneKeyword or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.EllipsisToken => true,
        _ => false,
    };

    private GreenNode MissingExpression() =>
        GreenFactory.IdentifierName(CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.ExpectedExpression));

    /// <summary>star_expressions: a tuple without parentheses when there is a comma.</summary>
    private GreenNode ParseStarExpressions()
    {
        return ParseOpenSequence(SequenceElement.StarExpression);
    }

    /// <summary>What the elements of an unparenthesized comma-separated sequence are.</summary>
    private enum SequenceElement
    {
        StarExpression,
        StarTarget,
        Slice,
        StarNamedExpression,
    }

    /// <summary>
    /// <c>e</c> or <c>e, e, ...[,]</c>: a single element, or a tuple without parentheses. One loop for every such
    /// sequence (statement values, for-targets, subscripts, match subjects); an enum, not a delegate, picks the
    /// element so the hot path allocates nothing extra.
    /// </summary>
    private GreenNode ParseOpenSequence(SequenceElement element)
    {
        var first = ParseSequenceElement(element);
        if (CurrentKind != SyntaxKind.CommaToken)
        {
            return first;
        }
        var items = GetList();
        items.Add(first);
        while (CurrentKind == SyntaxKind.CommaToken)
        {
            items.Add(EatToken());
            if (!CanContinueSequence(element)) break;
            items.Add(ParseSequenceElement(element));
        }
        return GreenFactory.TupleExpression(null, ToListAndFree(items), null);
    }

    private GreenNode ParseSequenceElement(SequenceElement element) => element switch
    {
        SequenceElement.StarExpression => ParseStarExpression(),
        SequenceElement.StarTarget => ParseStarTargetElement(),
        SequenceElement.Slice => ParseSliceItem(),
        _ => ParseStarNamedExpression(),
    };

    private bool CanContinueSequence(SequenceElement element) => element switch
    {
        SequenceElement.StarExpression => CanStartExpression(CurrentKind) && CurrentKind != SyntaxKind.YieldKeyword,
        SequenceElement.StarTarget => CurrentKind != SyntaxKind.InKeyword && CanStartExpression(CurrentKind),
        SequenceElement.Slice => CurrentKind != SyntaxKind.CloseBracketToken && (CanStartExpression(CurrentKind) || CurrentKind == SyntaxKind.ColonToken),
        _ => CanStartExpression(CurrentKind),
    };

    private GreenNode ParseStarExpression()
    {
        if (CurrentKind == SyntaxKind.StarToken)
        {
            var star = EatToken();
            return GreenFactory.StarredExpression(star, ParseBitwiseOr());
        }
        return ParseExpression();
    }

    private GreenNode ParseStarNamedExpression()
    {
        if (CurrentKind == SyntaxKind.StarToken)
        {
            var star = EatToken();
            return GreenFactory.StarredExpression(star, ParseBitwiseOr());
        }
        return ParseNamedExpression();
    }

    /// <summary>Targets of 'for' (and comprehension 'for'): elements parsed above comparisons so 'in' is left alone.</summary>
    private GreenNode ParseStarTargets()
    {
        return ParseOpenSequence(SequenceElement.StarTarget);
    }

    private GreenNode ParseStarTargetElement()
    {
        if (CurrentKind == SyntaxKind.StarToken)
        {
            var star = EatToken();
            return GreenFactory.StarredExpression(star, ParseStarTargetElement());
        }
        return ParseBitwiseOr();
    }

    private GreenNode ParseNamedExpression()
    {
        if (CurrentKind == SyntaxKind.IdentifierToken && PeekKind() == SyntaxKind.ColonEqualsToken)
        {
            var name = GreenFactory.IdentifierName(EatToken());
            var op = EatToken();
            return GreenFactory.NamedExpression(name, op, ParseExpression());
        }
        return ParseExpression();
    }

    /// <summary>expression: lambda, or disjunction with an optional conditional.</summary>
    private GreenNode ParseExpression()
    {
        if (NeedsNewStack)
        {
            return StackGuard.RunOnLargeStack(ParseExpression);
        }
        if (!EnterRecursion())
        {
            return TooDeep();
        }
        try
        {
            if (CurrentKind == SyntaxKind.LambdaKeyword)
            {
                return ParseLambda();
            }
            var body = ParseDisjunction();
            if (CurrentKind == SyntaxKind.IfKeyword)
            {
                var ifKeyword = EatToken();
                var condition = ParseDisjunction();
                var elseKeyword = EatToken(SyntaxKind.ElseKeyword);
                var orElse = ParseExpression();
                return GreenFactory.ConditionalExpression(body, ifKeyword, condition, elseKeyword, orElse);
            }
            return body;
        }
        finally
        {
            ExitRecursion();
        }
    }

    /// <summary>
    /// Past the nesting limit: one error, and the rest of the logical line is skipped, so unwinding the deep
    /// recursion does not re-enter it at every level (which would make a million nested brackets quadratic).
    /// </summary>
    private GreenNode TooDeep()
    {
        var token = CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.TooDeeplyNested);
        SkipRestOfLogicalLine();
        return GreenFactory.IdentifierName(token);
    }

    private void SkipRestOfLogicalLine()
    {
        while (CurrentKind is not (SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken))
        {
            SkipToken();
        }
    }

    /// <summary>An expression without a conditional or lambda at the top (comprehension iterables and conditions).</summary>
    private GreenNode ParseDisjunction()
    {
        var left = ParseConjunction();
        while (CurrentKind == SyntaxKind.OrKeyword)
        {
            var op = EatToken();
            left = GreenFactory.BinaryExpression(SyntaxKind.LogicalOrExpression, left, op, ParseConjunction());
        }
        return left;
    }

    private GreenNode ParseConjunction()
    {
        var left = ParseInversion();
        while (CurrentKind == SyntaxKind.AndKeyword)
        {
            var op = EatToken();
            left = GreenFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, left, op, ParseInversion());
        }
        return left;
    }

    private GreenNode ParseInversion()
    {
        if (CurrentKind == SyntaxKind.NotKeyword)
        {
            if (NeedsNewStack)
            {
                return StackGuard.RunOnLargeStack(ParseInversion);
            }
            if (!EnterRecursion())
            {
                return TooDeep();
            }
            try
            {
                var op = EatToken();
                return GreenFactory.UnaryExpression(SyntaxKind.LogicalNotExpression, op, ParseInversion());
            }
            finally
            {
                ExitRecursion();
            }
        }
        return ParseComparison();
    }

    private GreenNode ParseComparison()
    {
        var left = ParseBitwiseOr();
        if (!IsComparisonStart())
        {
            return left;
        }
        var operands = GetList();
        while (IsComparisonStart())
        {
            var op = EatToken();
            GreenToken? second = null;
            if (op.Kind == SyntaxKind.NotKeyword)
            {
                second = EatToken(SyntaxKind.InKeyword);
            }
            else if (op.Kind == SyntaxKind.IsKeyword && CurrentKind == SyntaxKind.NotKeyword)
            {
                second = EatToken();
            }
            operands.Add(GreenFactory.ComparisonOperand(op, second, ParseBitwiseOr()));
        }
        return GreenFactory.ComparisonExpression(left, ToListAndFree(operands));
    }

    private bool IsComparisonStart() => CurrentKind switch
    {
        SyntaxKind.LessThanToken or SyntaxKind.GreaterThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanEqualsToken or
        SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken or SyntaxKind.InKeyword or SyntaxKind.IsKeyword => true,
        SyntaxKind.NotKeyword => PeekKind() == SyntaxKind.InKeyword,
        _ => false,
    };

    private GreenNode ParseBitwiseOr() => ParseBinary(1);

    private static int BinaryPrecedence(SyntaxKind kind) => kind switch
    {
        SyntaxKind.BarToken => 1,
        SyntaxKind.CaretToken => 2,
        SyntaxKind.AmpersandToken => 3,
        SyntaxKind.LessThanLessThanToken or SyntaxKind.GreaterThanGreaterThanToken => 4,
        SyntaxKind.PlusToken or SyntaxKind.MinusToken => 5,
        SyntaxKind.StarToken or SyntaxKind.SlashToken or SyntaxKind.DoubleSlashToken or SyntaxKind.PercentToken or SyntaxKind.AtToken => 6,
        _ => 0,
    };

    /// <summary>Precedence climbing for the left-associative binary operators; long chains loop, they do not recurse.</summary>
    private GreenNode ParseBinary(int minPrecedence)
    {
        var left = ParseFactor();
        while (true)
        {
            int precedence = BinaryPrecedence(CurrentKind);
            if (precedence == 0 || precedence < minPrecedence)
            {
                return left;
            }
            var op = EatToken();
            var right = precedence == 6 ? ParseFactor() : ParseBinary(precedence + 1);
            left = GreenFactory.BinaryExpression(SyntaxFacts.GetBinaryExpressionKind(op.Kind), left, op, right);
        }
    }

    private GreenNode ParseFactor()
    {
        var kind = CurrentKind switch
        {
            SyntaxKind.PlusToken => SyntaxKind.UnaryPlusExpression,
            SyntaxKind.MinusToken => SyntaxKind.UnaryMinusExpression,
            SyntaxKind.TildeToken => SyntaxKind.BitwiseNotExpression,
            _ => SyntaxKind.None,
        };
        if (kind == SyntaxKind.None)
        {
            return ParsePower();
        }
        if (NeedsNewStack)
        {
            return StackGuard.RunOnLargeStack(ParseFactor);
        }
        if (!EnterRecursion())
        {
            return TooDeep();
        }
        try
        {
            var op = EatToken();
            return GreenFactory.UnaryExpression(kind, op, ParseFactor());
        }
        finally
        {
            ExitRecursion();
        }
    }

    private GreenNode ParsePower()
    {
        if (NeedsNewStack)
        {
            return StackGuard.RunOnLargeStack(ParsePower);
        }
        GreenNode left;
        if (CurrentKind == SyntaxKind.AwaitKeyword)
        {
            if (!EnterRecursion())
            {
                return TooDeep();
            }
            try
            {
                var await = EatToken();
                left = GreenFactory.AwaitExpression(await, ParsePrimary());
            }
            finally
            {
                ExitRecursion();
            }
        }
        else
        {
            left = ParsePrimary();
        }
        if (CurrentKind == SyntaxKind.DoubleStarToken)
        {
            if (!EnterRecursion())
            {
                // Keep the operand already parsed; the rest of the line becomes skipped text.
                var deep = TooDeep();
                return GreenFactory.BinaryExpression(SyntaxKind.PowerExpression, left, GreenToken.CreateMissing(SyntaxKind.DoubleStarToken), deep);
            }
            try
            {
                var op = EatToken();
                return GreenFactory.BinaryExpression(SyntaxKind.PowerExpression, left, op, ParseFactor());
            }
            finally
            {
                ExitRecursion();
            }
        }
        return left;
    }

    private GreenNode ParsePrimary()
    {
        var expression = ParseAtom();
        while (true)
        {
            switch (CurrentKind)
            {
                case SyntaxKind.DotToken:
                {
                    var dot = EatToken();
                    var name = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
                    expression = GreenFactory.MemberAccessExpression(expression, dot, name);
                    break;
                }
                case SyntaxKind.OpenParenToken:
                    expression = GreenFactory.CallExpression(expression, ParseArgumentList());
                    break;
                case SyntaxKind.OpenBracketToken:
                {
                    var open = EatToken();
                    var index = ParseSlices();
                    var close = EatToken(SyntaxKind.CloseBracketToken);
                    expression = GreenFactory.SubscriptExpression(expression, open, index, close);
                    break;
                }
                default:
                    return expression;
            }
        }
    }

    private GreenNode ParseSlices()
    {
        return ParseOpenSequence(SequenceElement.Slice);
    }

    private GreenNode ParseSliceItem()
    {
        if (CurrentKind == SyntaxKind.StarToken)
        {
            var star = EatToken();
            return GreenFactory.StarredExpression(star, ParseBitwiseOr());
        }
        GreenNode? lower = null;
        if (CurrentKind != SyntaxKind.ColonToken)
        {
            lower = ParseNamedExpression();
            if (CurrentKind != SyntaxKind.ColonToken)
            {
                return lower;
            }
        }
        var colon = EatToken();
        GreenNode? upper = null, step = null;
        GreenToken? colon2 = null;
        if (CanStartExpression(CurrentKind))
        {
            upper = ParseExpression();
        }
        if (CurrentKind == SyntaxKind.ColonToken)
        {
            colon2 = EatToken();
            if (CanStartExpression(CurrentKind))
            {
                step = ParseExpression();
            }
        }
        return GreenFactory.SliceExpression(lower, colon, upper, colon2, step);
    }

    private GreenNode ParseAtom()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.IdentifierToken:
                return GreenFactory.IdentifierName(EatToken());
            case SyntaxKind.NumberToken:
                return GreenFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, EatToken());
            case SyntaxKind.NoneKeyword:
                return GreenFactory.LiteralExpression(SyntaxKind.NoneLiteralExpression, EatToken());
            case SyntaxKind.TrueKeyword:
                return GreenFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression, EatToken());
            case SyntaxKind.FalseKeyword:
                return GreenFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression, EatToken());
            case SyntaxKind.EllipsisToken:
                return GreenFactory.LiteralExpression(SyntaxKind.EllipsisLiteralExpression, EatToken());
            case SyntaxKind.StringToken:
            case SyntaxKind.FStringStartToken:
                return ParseStrings();
            case SyntaxKind.OpenParenToken:
            case SyntaxKind.OpenBracketToken:
            case SyntaxKind.OpenBraceToken:
                if (!EnterRecursion())
                {
                    return TooDeep();
                }
                try
                {
                    return CurrentKind switch
                    {
                        SyntaxKind.OpenParenToken => ParseParenthesized(),
                        SyntaxKind.OpenBracketToken => ParseListDisplay(),
                        _ => ParseBraceDisplay(),
                    };
                }
                finally
                {
                    ExitRecursion();
                }
            case SyntaxKind.LambdaKeyword:
                return ParseLambda();
            default:
                return MissingExpression();
        }
    }

    private GreenNode ParseParenthesized()
    {
        var open = EatToken();
        if (CurrentKind == SyntaxKind.CloseParenToken)
        {
            return GreenFactory.TupleExpression(open, null, EatToken());
        }
        if (CurrentKind == SyntaxKind.YieldKeyword)
        {
            var yield = ParseYieldExpression();
            return GreenFactory.ParenthesizedExpression(open, yield, EatToken(SyntaxKind.CloseParenToken));
        }
        var first = ParseStarNamedExpression();
        if (IsComprehensionFor())
        {
            var clauses = ParseComprehensionClauses();
            var close = EatToken(SyntaxKind.CloseParenToken);
            return GreenFactory.ComprehensionExpression(SyntaxKind.GeneratorExpression, open, first, null, null, clauses, close);
        }
        if (CurrentKind == SyntaxKind.CommaToken)
        {
            var items = GetList();
            items.Add(first);
            while (CurrentKind == SyntaxKind.CommaToken)
            {
                items.Add(EatToken());
                if (CurrentKind == SyntaxKind.CloseParenToken || !CanStartExpression(CurrentKind)) break;
                items.Add(ParseStarNamedExpression());
            }
            return GreenFactory.TupleExpression(open, ToListAndFree(items), EatToken(SyntaxKind.CloseParenToken));
        }
        return GreenFactory.ParenthesizedExpression(open, first, EatCloser(SyntaxKind.CloseParenToken));
    }

    /// <summary>Eats a closing bracket; when an expression follows instead, suggests the missing comma as CPython does.</summary>
    private GreenToken EatCloser(SyntaxKind kind)
    {
        if (CurrentKind != kind && CanStartExpression(CurrentKind) && _index > 0 && IsExpressionEnd(_tokens[_index - 1].Kind))
        {
            return CreateMissingToken(kind, ErrorCode.PerhapsMissingComma);
        }
        return EatToken(kind);
    }

    private bool IsComprehensionFor() =>
        CurrentKind == SyntaxKind.ForKeyword || (CurrentKind == SyntaxKind.AsyncKeyword && PeekKind() == SyntaxKind.ForKeyword);

    private GreenNode? ParseComprehensionClauses()
    {
        var clauses = GetList();
        while (true)
        {
            if (IsComprehensionFor())
            {
                var asyncKeyword = TryEatToken(SyntaxKind.AsyncKeyword);
                var forKeyword = EatToken();
                var target = ParseStarTargets();
                var inKeyword = EatToken(SyntaxKind.InKeyword);
                var iterable = ParseDisjunction();
                clauses.Add(GreenFactory.ComprehensionForClause(asyncKeyword, forKeyword, target, inKeyword, iterable));
            }
            else if (CurrentKind == SyntaxKind.IfKeyword)
            {
                var ifKeyword = EatToken();
                clauses.Add(GreenFactory.ComprehensionIfClause(ifKeyword, ParseDisjunction()));
            }
            else
            {
                break;
            }
        }
        return ToListAndFree(clauses);
    }

    private GreenNode ParseListDisplay()
    {
        var open = EatToken();
        if (CurrentKind == SyntaxKind.CloseBracketToken)
        {
            return GreenFactory.ListExpression(open, null, EatToken());
        }
        var first = ParseStarNamedExpression();
        if (IsComprehensionFor())
        {
            var clauses = ParseComprehensionClauses();
            return GreenFactory.ComprehensionExpression(SyntaxKind.ListComprehension, open, first, null, null, clauses, EatToken(SyntaxKind.CloseBracketToken));
        }
        var items = GetList();
        items.Add(first);
        while (CurrentKind == SyntaxKind.CommaToken)
        {
            items.Add(EatToken());
            if (CurrentKind == SyntaxKind.CloseBracketToken || !CanStartExpression(CurrentKind)) break;
            items.Add(ParseStarNamedExpression());
        }
        return GreenFactory.ListExpression(open, ToListAndFree(items), EatCloser(SyntaxKind.CloseBracketToken));
    }

    private GreenNode ParseBraceDisplay()
    {
        var open = EatToken();
        if (CurrentKind == SyntaxKind.CloseBraceToken)
        {
            return GreenFactory.DictExpression(open, null, EatToken());
        }
        if (CurrentKind == SyntaxKind.DoubleStarToken)
        {
            return ParseDictRest(open, null);
        }
        var first = ParseStarNamedExpression();
        if (CurrentKind == SyntaxKind.ColonToken)
        {
            var colon = EatToken();
            var value = ParseExpression();
            if (IsComprehensionFor())
            {
                var clauses = ParseComprehensionClauses();
                return GreenFactory.ComprehensionExpression(SyntaxKind.DictComprehension, open, first, colon, value, clauses, EatToken(SyntaxKind.CloseBraceToken));
            }
            return ParseDictRest(open, GreenFactory.KeyValueElement(first, colon, value));
        }
        if (IsComprehensionFor())
        {
            var clauses = ParseComprehensionClauses();
            return GreenFactory.ComprehensionExpression(SyntaxKind.SetComprehension, open, first, null, null, clauses, EatToken(SyntaxKind.CloseBraceToken));
        }
        var items = GetList();
        items.Add(first);
        while (CurrentKind == SyntaxKind.CommaToken)
        {
            items.Add(EatToken());
            if (CurrentKind == SyntaxKind.CloseBraceToken || !CanStartExpression(CurrentKind)) break;
            items.Add(ParseStarNamedExpression());
        }
        return GreenFactory.SetExpression(open, ToListAndFree(items), EatCloser(SyntaxKind.CloseBraceToken));
    }

    private GreenNode ParseDictRest(GreenToken open, GreenNode? first)
    {
        var items = GetList();
        if (first is not null)
        {
            items.Add(first);
            if (CurrentKind != SyntaxKind.CommaToken)
            {
                return GreenFactory.DictExpression(open, ToListAndFree(items), EatCloser(SyntaxKind.CloseBraceToken));
            }
            items.Add(EatToken());
        }
        while (CurrentKind != SyntaxKind.CloseBraceToken && (CanStartExpression(CurrentKind) || CurrentKind == SyntaxKind.DoubleStarToken))
        {
            if (CurrentKind == SyntaxKind.DoubleStarToken)
            {
                var stars = EatToken();
                items.Add(GreenFactory.DictUnpackElement(stars, ParseBitwiseOr()));
            }
            else
            {
                var key = ParseExpression();
                var colon = EatToken(SyntaxKind.ColonToken);
                items.Add(GreenFactory.KeyValueElement(key, colon, ParseExpression()));
            }
            if (CurrentKind != SyntaxKind.CommaToken) break;
            items.Add(EatToken());
        }
        return GreenFactory.DictExpression(open, ToListAndFree(items), EatCloser(SyntaxKind.CloseBraceToken));
    }

    private GreenNode ParseYieldExpression()
    {
        var yield = EatToken();
        if (CurrentKind == SyntaxKind.FromKeyword)
        {
            var from = EatToken();
            return GreenFactory.YieldFromExpression(yield, from, ParseExpression());
        }
        var value = CanStartExpression(CurrentKind) && CurrentKind != SyntaxKind.YieldKeyword ? ParseStarExpressions() : null;
        return GreenFactory.YieldExpression(yield, value);
    }

    private GreenNode ParseLambda()
    {
        var lambda = EatToken();
        var parameters = ParseParameterList(isLambda: true);
        var colon = EatToken(SyntaxKind.ColonToken);
        return GreenFactory.LambdaExpression(lambda, parameters, colon, ParseExpression());
    }

    // ------------------------------------------------------------------ parameters and arguments

    private GreenNode ParseParameterList(bool isLambda)
    {
        GreenToken? open = null;
        var closeKind = isLambda ? SyntaxKind.ColonToken : SyntaxKind.CloseParenToken;
        if (!isLambda)
        {
            open = EatToken(SyntaxKind.OpenParenToken);
            if (open.IsMissing)
            {
                return GreenFactory.ParameterList(open, null, GreenToken.CreateMissing(SyntaxKind.CloseParenToken));
            }
        }
        var items = GetList();
        while (CurrentKind != closeKind && !IsAtEnd)
        {
            int start = _index;
            items.Add(ParseParameter(isLambda));
            if (_index == start)
            {
                break;
            }
            if (CurrentKind != SyntaxKind.CommaToken) break;
            items.Add(EatToken());
        }
        var list = ToListAndFree(items);
        var close = isLambda ? null : EatToken(SyntaxKind.CloseParenToken);
        return GreenFactory.ParameterList(open, list, close);
    }

    private GreenNode ParseParameter(bool isLambda)
    {
        GreenToken? prefix = null;
        var kind = SyntaxKind.Parameter;
        switch (CurrentKind)
        {
            case SyntaxKind.SlashToken:
                return GreenFactory.Parameter(SyntaxKind.SlashParameter, EatToken(), null, null, null, null, null);
            case SyntaxKind.StarToken:
                prefix = EatToken();
                kind = SyntaxKind.StarParameter;
                if (CurrentKind != SyntaxKind.IdentifierToken)
                {
                    return GreenFactory.Parameter(kind, prefix, null, null, null, null, null);
                }
                break;
            case SyntaxKind.DoubleStarToken:
                prefix = EatToken();
                kind = SyntaxKind.DoubleStarParameter;
                break;
        }
        var name = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
        GreenToken? colon = null, equals = null;
        GreenNode? annotation = null, @default = null;
        if (!isLambda && CurrentKind == SyntaxKind.ColonToken)
        {
            colon = EatToken();
            annotation = kind == SyntaxKind.StarParameter && CurrentKind == SyntaxKind.StarToken ? ParseStarExpression() : ParseExpression();
        }
        if (CurrentKind == SyntaxKind.EqualsToken)
        {
            equals = EatToken();
            @default = ParseExpression();
        }
        return GreenFactory.Parameter(kind, prefix, name, colon, annotation, equals, @default);
    }

    private GreenNode ParseArgumentList()
    {
        var open = EatToken();
        var items = GetList();
        while (CurrentKind != SyntaxKind.CloseParenToken && !IsAtEnd)
        {
            int start = _index;
            GreenNode argument;
            switch (CurrentKind)
            {
                case SyntaxKind.StarToken:
                {
                    var star = EatToken();
                    argument = GreenFactory.Argument(null, null, star, ParseExpression());
                    break;
                }
                case SyntaxKind.DoubleStarToken:
                {
                    var stars = EatToken();
                    argument = GreenFactory.Argument(null, null, stars, ParseExpression());
                    break;
                }
                case SyntaxKind.IdentifierToken when PeekKind() == SyntaxKind.EqualsToken:
                {
                    var name = EatToken();
                    var equals = EatToken();
                    argument = GreenFactory.Argument(name, equals, null, ParseExpression());
                    break;
                }
                default:
                {
                    if (!CanStartExpression(CurrentKind))
                    {
                        argument = GreenFactory.Argument(null, null, null, MissingExpression());
                        break;
                    }
                    var value = ParseNamedExpression();
                    if (IsComprehensionFor())
                    {
                        var clauses = ParseComprehensionClauses();
                        value = GreenFactory.ComprehensionExpression(SyntaxKind.GeneratorExpression, null, value, null, null, clauses, null);
                    }
                    argument = GreenFactory.Argument(null, null, null, value);
                    break;
                }
            }
            items.Add(argument);
            if (_index == start) break;
            if (CurrentKind != SyntaxKind.CommaToken) break;
            items.Add(EatToken());
        }
        var close = EatCloser(SyntaxKind.CloseParenToken);
        return GreenFactory.ArgumentList(open, ToListAndFree(items), close);
    }

    // ------------------------------------------------------------------ strings

    private GreenNode ParseStrings()
    {
        var first = ParseSingleString();
        if (CurrentKind is not (SyntaxKind.StringToken or SyntaxKind.FStringStartToken))
        {
            return first;
        }
        var parts = GetList();
        parts.Add(first);
        while (CurrentKind is SyntaxKind.StringToken or SyntaxKind.FStringStartToken)
        {
            parts.Add(ParseSingleString());
        }
        return GreenFactory.ConcatenatedStringExpression(ToListAndFree(parts));
    }

    private GreenNode ParseSingleString()
    {
        if (CurrentKind == SyntaxKind.StringToken)
        {
            return GreenFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, EatToken());
        }
        var start = EatToken();
        var contents = ParseFStringContents(inFormatSpec: false);
        var end = EatToken(SyntaxKind.FStringEndToken);
        return GreenFactory.FStringExpression(start, contents, end);
    }

    private GreenNode? ParseFStringContents(bool inFormatSpec)
    {
        var items = GetList();
        while (true)
        {
            if (CurrentKind == SyntaxKind.FStringMiddleToken)
            {
                items.Add(GreenFactory.FStringText(EatToken()));
            }
            else if (CurrentKind == SyntaxKind.OpenBraceToken)
            {
                items.Add(ParseFStringInterpolation());
            }
            else
            {
                break;
            }
        }
        return ToListAndFree(items);
    }

    private GreenNode ParseFStringInterpolation()
    {
        if (!EnterRecursion())
        {
            var missing = CreateMissingToken(SyntaxKind.FStringMiddleToken, ErrorCode.TooDeeplyNested);
            SkipRestOfLogicalLine();
            return GreenFactory.FStringText(missing);
        }
        try
        {
            var open = EatToken();
            GreenNode expression;
            if (CurrentKind == SyntaxKind.YieldKeyword)
            {
                expression = ParseYieldExpression();
            }
            else if (CanStartExpression(CurrentKind))
            {
                expression = ParseStarExpressions();
            }
            else
            {
                expression = GreenFactory.IdentifierName(CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.InvalidFStringReplacement, "valid expression required before '" + DescribeFStringStop() + "'"));
            }
            var equals = TryEatToken(SyntaxKind.EqualsToken);
            GreenToken? bang = null, conversion = null;
            if (CurrentKind == SyntaxKind.ExclamationToken)
            {
                bang = EatToken();
                conversion = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.InvalidFStringReplacement, "missing conversion character");
            }
            GreenNode? spec = null;
            if (CurrentKind == SyntaxKind.ColonToken)
            {
                var colon = EatToken();
                spec = GreenFactory.FStringFormatSpecifier(colon, ParseFStringContents(inFormatSpec: true));
            }
            var close = CurrentKind == SyntaxKind.CloseBraceToken ? EatToken() : CreateMissingToken(SyntaxKind.CloseBraceToken, ErrorCode.InvalidFStringReplacement, "expecting '}'");
            return GreenFactory.FStringInterpolation(open, expression, equals, bang, conversion, spec, close);
        }
        finally
        {
            ExitRecursion();
        }
    }

    private string DescribeFStringStop() => CurrentKind switch
    {
        SyntaxKind.CloseBraceToken => "}",
        SyntaxKind.ExclamationToken => "!",
        SyntaxKind.ColonToken => ":",
        SyntaxKind.EqualsToken => "=",
        _ => Current.Text,
    };
}
