namespace Py2Wasm.Syntax.InternalSyntax;

internal sealed partial class LanguageParser
{
    private GreenNode ParseCompilationUnit()
    {
        var statements = GetList();
        ParseStatementList(statements, isBlock: false);
        var statementList = ToListAndFree(statements);
        var eof = EatToken(SyntaxKind.EndOfFileToken);
        return GreenFactory.CompilationUnit(statementList, eof);
    }

    /// <summary>Parses statements until end of file (module) or the DEDENT that closes a block.</summary>
    private void ParseStatementList(List<GreenNode> statements, bool isBlock)
    {
        int strayIndents = 0;
        while (true)
        {
            int start = _index;
            switch (CurrentKind)
            {
                case SyntaxKind.EndOfFileToken:
                    return;
                case SyntaxKind.DedentToken:
                    if (strayIndents > 0)
                    {
                        strayIndents--;
                        SkipToken();
                        continue;
                    }
                    if (isBlock)
                    {
                        return;
                    }
                    SkipToken();
                    continue;
                case SyntaxKind.IndentToken:
                    strayIndents++;
                    SkipToken(ErrorCode.UnexpectedIndent);
                    continue;
                case SyntaxKind.NewLineToken:
                    // An empty logical line can only come from recovery; keep it as skipped text.
                    SkipToken();
                    continue;
            }
            statements.Add(ParseStatement());
            if (_index == start)
            {
                // Progress guarantee: a statement that consumed nothing must not loop forever.
                SkipToken(ErrorCode.InvalidSyntax);
            }
        }
    }

    private GreenNode ParseStatement()
    {
        if (NeedsNewStack)
        {
            return StackGuard.RunOnLargeStack(ParseStatement);
        }
        switch (CurrentKind)
        {
            case SyntaxKind.IfKeyword:
                return ParseIfStatement();
            case SyntaxKind.WhileKeyword:
                return ParseWhileStatement();
            case SyntaxKind.ForKeyword:
                return ParseForStatement(null);
            case SyntaxKind.TryKeyword:
                return ParseTryStatement();
            case SyntaxKind.WithKeyword:
                return ParseWithStatement(null);
            case SyntaxKind.DefKeyword:
                return ParseFunctionDefinition(null, null);
            case SyntaxKind.ClassKeyword:
                return ParseClassDefinition(null);
            case SyntaxKind.AtToken:
                return ParseDecorated();
            case SyntaxKind.AsyncKeyword:
                switch (PeekKind())
                {
                    case SyntaxKind.DefKeyword:
                        return ParseFunctionDefinition(null, EatToken());
                    case SyntaxKind.ForKeyword:
                        return ParseForStatement(EatToken());
                    case SyntaxKind.WithKeyword:
                        return ParseWithStatement(EatToken());
                }
                break;
            case SyntaxKind.IdentifierToken:
                if (Current.Text == "match" && TryParseMatchStatement() is { } match)
                {
                    return match;
                }
                break;
        }
        return ParseSimpleStatementLine();
    }

    // ------------------------------------------------------------------ simple statements

    private GreenNode ParseSimpleStatementLine()
    {
        var items = GetList();
        while (true)
        {
            items.Add(ParseSimpleStatement());
            if (CurrentKind == SyntaxKind.SemicolonToken)
            {
                items.Add(EatToken());
                if (CurrentKind is SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken)
                {
                    break;
                }
                continue;
            }
            break;
        }
        if (CurrentKind != SyntaxKind.NewLineToken && CurrentKind != SyntaxKind.EndOfFileToken)
        {
            // Unexpected tokens after a complete statement: report once, skip to the end of the logical line.
            if (items.Count == 1 && items[0] is ExpressionStatementSyntax { expression: IdentifierNameSyntax { identifier.Text: "print" or "exec" } name } &&
                CanStartExpression(CurrentKind))
            {
                // Python 2's print statement: CPython's message names the fix.
                SkipToken(ErrorCode.MissingParenthesesInCall, name.identifier!.Text);
            }
            else
            {
                SkipToken(LooksLikeMissingComma() ? ErrorCode.PerhapsMissingComma : ErrorCode.InvalidSyntax);
            }
            while (CurrentKind is not (SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken or SyntaxKind.DedentToken or SyntaxKind.IndentToken))
            {
                SkipToken();
            }
        }
        var newline = CurrentKind == SyntaxKind.NewLineToken ? EatToken() : CreateMissingToken(SyntaxKind.NewLineToken, ErrorCode.ExpectedToken, "newline");
        return GreenFactory.SimpleStatementLine(ToListAndFree(items), newline);
    }

    /// <summary>Two expressions in a row (e.g. <c>print "x"</c> or <c>f(a b)</c>).</summary>
    private bool LooksLikeMissingComma() => CanStartExpression(CurrentKind) && _index > 0 && IsExpressionEnd(_tokens[_index - 1].Kind);

    private static bool IsExpressionEnd(SyntaxKind kind) => kind is SyntaxKind.IdentifierToken or SyntaxKind.NumberToken or
        SyntaxKind.StringToken or SyntaxKind.FStringEndToken or SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or
        SyntaxKind.CloseBraceToken or SyntaxKind.NoneKeyword or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword;

    private GreenNode ParseSimpleStatement()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.PassKeyword:
                return GreenFactory.PassStatement(EatToken());
            case SyntaxKind.BreakKeyword:
                return GreenFactory.BreakStatement(EatToken());
            case SyntaxKind.ContinueKeyword:
                return GreenFactory.ContinueStatement(EatToken());
            case SyntaxKind.ReturnKeyword:
            {
                var keyword = EatToken();
                var value = CanStartExpression(CurrentKind) ? ParseStarExpressions() : null;
                return GreenFactory.ReturnStatement(keyword, value);
            }
            case SyntaxKind.RaiseKeyword:
            {
                var keyword = EatToken();
                GreenNode? exception = null, cause = null;
                GreenToken? from = null;
                if (CanStartExpression(CurrentKind))
                {
                    exception = ParseExpression();
                    if (CurrentKind == SyntaxKind.FromKeyword)
                    {
                        from = EatToken();
                        cause = ParseExpression();
                    }
                }
                return GreenFactory.RaiseStatement(keyword, exception, from, cause);
            }
            case SyntaxKind.GlobalKeyword:
            case SyntaxKind.NonlocalKeyword:
            {
                var keyword = EatToken();
                var names = GetList();
                while (true)
                {
                    names.Add(GreenFactory.IdentifierName(CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier()));
                    if (CurrentKind != SyntaxKind.CommaToken) break;
                    names.Add(EatToken());
                }
                return keyword.Kind == SyntaxKind.GlobalKeyword
                    ? GreenFactory.GlobalStatement(keyword, ToListAndFree(names))
                    : GreenFactory.NonlocalStatement(keyword, ToListAndFree(names));
            }
            case SyntaxKind.DelKeyword:
            {
                var keyword = EatToken();
                var targets = GetList();
                while (true)
                {
                    targets.Add(ParseStarTargetElement());
                    if (CurrentKind != SyntaxKind.CommaToken) break;
                    targets.Add(EatToken());
                    if (!CanStartExpression(CurrentKind)) break;
                }
                return GreenFactory.DeleteStatement(keyword, ToListAndFree(targets));
            }
            case SyntaxKind.AssertKeyword:
            {
                var keyword = EatToken();
                var condition = ParseExpression();
                GreenToken? comma = null;
                GreenNode? message = null;
                if (CurrentKind == SyntaxKind.CommaToken)
                {
                    comma = EatToken();
                    message = ParseExpression();
                }
                return GreenFactory.AssertStatement(keyword, condition, comma, message);
            }
            case SyntaxKind.ImportKeyword:
                return ParseImportStatement();
            case SyntaxKind.FromKeyword:
                return ParseImportFromStatement();
            case SyntaxKind.IdentifierToken when Current.Text == "type" && PeekKind() == SyntaxKind.IdentifierToken &&
                                                 PeekKind(2) is SyntaxKind.EqualsToken or SyntaxKind.OpenBracketToken:
                return ParseTypeAliasStatement();
        }
        return ParseExpressionOrAssignmentStatement();
    }

    private GreenNode ParseTypeAliasStatement()
    {
        var keyword = EatToken();
        var name = GreenFactory.IdentifierName(EatToken());
        var typeParams = CurrentKind == SyntaxKind.OpenBracketToken ? ParseTypeParameterList() : null;
        var equals = EatToken(SyntaxKind.EqualsToken);
        var value = ParseExpression();
        return GreenFactory.TypeAliasStatement(keyword, name, typeParams, equals, value);
    }

    private GreenNode ParseExpressionOrAssignmentStatement()
    {
        if (!CanStartExpression(CurrentKind))
        {
            // Nothing here can start a statement: report it and let the line be skipped.
            var missing = GreenFactory.IdentifierName(CreateMissingToken(SyntaxKind.IdentifierToken, ErrorCode.InvalidSyntax));
            return GreenFactory.ExpressionStatement(missing);
        }
        var first = CurrentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();
        switch (CurrentKind)
        {
            case SyntaxKind.EqualsToken:
            {
                var targets = GetList();
                var value = first;
                while (CurrentKind == SyntaxKind.EqualsToken)
                {
                    targets.Add(GreenFactory.AssignmentTarget(value, EatToken()));
                    value = CurrentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();
                }
                return GreenFactory.AssignmentStatement(ToListAndFree(targets), value);
            }
            case SyntaxKind.ColonToken:
            {
                var colon = EatToken();
                var annotation = ParseExpression();
                GreenToken? equals = null;
                GreenNode? value = null;
                if (CurrentKind == SyntaxKind.EqualsToken)
                {
                    equals = EatToken();
                    value = CurrentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();
                }
                return GreenFactory.AnnotatedAssignmentStatement(first, colon, annotation, equals, value);
            }
            default:
                if (SyntaxFacts.IsAugmentedAssignmentOperator(CurrentKind))
                {
                    var op = EatToken();
                    var value = CurrentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();
                    return GreenFactory.AugmentedAssignmentStatement(first, op, value);
                }
                return GreenFactory.ExpressionStatement(first);
        }
    }

    private GreenNode ParseImportStatement()
    {
        var keyword = EatToken();
        var names = GetList();
        while (true)
        {
            names.Add(ParseImportAlias(allowStar: false));
            if (CurrentKind != SyntaxKind.CommaToken) break;
            names.Add(EatToken());
        }
        return GreenFactory.ImportStatement(keyword, ToListAndFree(names));
    }

    private GreenNode ParseImportFromStatement()
    {
        var from = EatToken();
        var dots = GetList();
        while (CurrentKind is SyntaxKind.DotToken or SyntaxKind.EllipsisToken)
        {
            dots.Add(EatToken());
        }
        GreenNode? module = null;
        if (CurrentKind == SyntaxKind.IdentifierToken || dots.Count == 0)
        {
            module = ParseDottedName();
        }
        var dotList = ToListAndFree(dots);
        var import = EatToken(SyntaxKind.ImportKeyword);
        GreenToken? open = null, close = null;
        var names = GetList();
        if (CurrentKind == SyntaxKind.StarToken)
        {
            var star = GreenFactory.DottedName(GreenFactory.IdentifierName(EatToken()));
            names.Add(GreenFactory.ImportAlias(star, null, null));
        }
        else
        {
            open = TryEatToken(SyntaxKind.OpenParenToken);
            while (true)
            {
                names.Add(ParseImportAlias(allowStar: false, singleName: true));
                if (CurrentKind != SyntaxKind.CommaToken) break;
                names.Add(EatToken());
                if (open is not null && CurrentKind == SyntaxKind.CloseParenToken) break;
            }
            if (open is not null)
            {
                close = EatToken(SyntaxKind.CloseParenToken);
            }
        }
        return GreenFactory.ImportFromStatement(from, dotList, module, import, open, ToListAndFree(names), close);
    }

    private GreenNode ParseImportAlias(bool allowStar, bool singleName = false)
    {
        var name = singleName
            ? GreenFactory.DottedName(GreenFactory.IdentifierName(CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier()))
            : ParseDottedName();
        GreenToken? asKeyword = null, asName = null;
        if (CurrentKind == SyntaxKind.AsKeyword)
        {
            asKeyword = EatToken();
            asName = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
        }
        return GreenFactory.ImportAlias(name, asKeyword, asName);
    }

    private GreenNode ParseDottedName()
    {
        var parts = GetList();
        while (true)
        {
            parts.Add(GreenFactory.IdentifierName(CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier()));
            if (CurrentKind != SyntaxKind.DotToken) break;
            parts.Add(EatToken());
        }
        return GreenFactory.DottedName(ToListAndFree(parts));
    }

    // ------------------------------------------------------------------ blocks

    /// <summary>Parses ':' and a block after a compound statement header.</summary>
    private GreenNode ParseBlock(string owner, int headerTokenIndex)
    {
        if (CurrentKind == SyntaxKind.NewLineToken)
        {
            var newline = EatToken();
            if (CurrentKind != SyntaxKind.IndentToken)
            {
                var missingIndent = CreateMissingToken(SyntaxKind.IndentToken, ErrorCode.ExpectedIndentedBlock, owner, LineOf(headerTokenIndex));
                return GreenFactory.Block(newline, missingIndent, null, GreenToken.CreateMissing(SyntaxKind.DedentToken));
            }
            var indent = EatToken();
            var statements = GetList();
            ParseStatementList(statements, isBlock: true);
            var dedent = CurrentKind == SyntaxKind.DedentToken ? EatToken() : CreateMissingToken(SyntaxKind.DedentToken, ErrorCode.ExpectedToken, "dedent");
            return GreenFactory.Block(newline, indent, ToListAndFree(statements), dedent);
        }
        if (CurrentKind is SyntaxKind.EndOfFileToken)
        {
            var missingIndent = CreateMissingToken(SyntaxKind.IndentToken, ErrorCode.ExpectedIndentedBlock, owner, LineOf(headerTokenIndex));
            return GreenFactory.Block(null, missingIndent, null, null);
        }
        // Simple statements on the header's line.
        var line = ParseSimpleStatementLine();
        return GreenFactory.Block(null, null, line, null);
    }

    /// <summary>1-based line of the token at <paramref name="tokenIndex"/> (for messages only).</summary>
    private int LineOf(int tokenIndex)
    {
        int offset = 0;
        for (int i = 0; i < tokenIndex; i++) offset += _tokens[i].FullWidth;
        offset += _tokens[tokenIndex].LeadingTriviaWidth;
        return _text.Lines.GetLineFromPosition(Math.Min(offset, _text.Length)).LineNumber + 1;
    }

    private GreenNode ParseIfStatement()
    {
        int header = _index;
        var ifKeyword = EatToken();
        var condition = ParseNamedExpression();
        var colon = EatToken(SyntaxKind.ColonToken);
        var body = ParseBlock("'if' statement", header);
        var elifs = GetList();
        while (CurrentKind == SyntaxKind.ElifKeyword)
        {
            int elifHeader = _index;
            var elif = EatToken();
            var elifCondition = ParseNamedExpression();
            var elifColon = EatToken(SyntaxKind.ColonToken);
            var elifBody = ParseBlock("'elif' statement", elifHeader);
            elifs.Add(GreenFactory.ElifClause(elif, elifCondition, elifColon, elifBody));
        }
        var elseClause = ParseElseClause("'else' statement");
        return GreenFactory.IfStatement(ifKeyword, condition, colon, body, ToListAndFree(elifs), elseClause);
    }

    private GreenNode? ParseElseClause(string owner)
    {
        if (CurrentKind != SyntaxKind.ElseKeyword)
        {
            return null;
        }
        int header = _index;
        var elseKeyword = EatToken();
        var colon = EatToken(SyntaxKind.ColonToken);
        var body = ParseBlock(owner, header);
        return GreenFactory.ElseClause(elseKeyword, colon, body);
    }

    private GreenNode ParseWhileStatement()
    {
        int header = _index;
        var whileKeyword = EatToken();
        var condition = ParseNamedExpression();
        var colon = EatToken(SyntaxKind.ColonToken);
        var body = ParseBlock("'while' statement", header);
        var elseClause = ParseElseClause("'else' statement");
        return GreenFactory.WhileStatement(whileKeyword, condition, colon, body, elseClause);
    }

    private GreenNode ParseForStatement(GreenToken? asyncKeyword)
    {
        int header = _index;
        var forKeyword = EatToken(SyntaxKind.ForKeyword);
        var target = ParseStarTargets();
        var inKeyword = EatToken(SyntaxKind.InKeyword);
        var iterable = ParseStarExpressions();
        var colon = EatToken(SyntaxKind.ColonToken);
        var body = ParseBlock("'for' statement", header);
        var elseClause = ParseElseClause("'else' statement");
        return GreenFactory.ForStatement(asyncKeyword, forKeyword, target, inKeyword, iterable, colon, body, elseClause);
    }

    private GreenNode ParseTryStatement()
    {
        int header = _index;
        var tryKeyword = EatToken();
        var colon = EatToken(SyntaxKind.ColonToken);
        var body = ParseBlock("'try' statement", header);
        var handlers = GetList();
        while (CurrentKind == SyntaxKind.ExceptKeyword)
        {
            int exceptHeader = _index;
            var except = EatToken();
            var star = TryEatToken(SyntaxKind.StarToken);
            GreenNode? type = null;
            GreenToken? asKeyword = null, name = null;
            if (CurrentKind != SyntaxKind.ColonToken)
            {
                type = ParseExpression();
                if (CurrentKind == SyntaxKind.CommaToken)
                {
                    // except A, B: — Python 2 syntax; CPython 3.11 rejects it. Parse as a tuple for recovery.
                    var elements = GetList();
                    elements.Add(type);
                    while (CurrentKind == SyntaxKind.CommaToken)
                    {
                        elements.Add(EatToken());
                        if (!CanStartExpression(CurrentKind)) break;
                        elements.Add(ParseExpression());
                    }
                    type = AddError(GreenFactory.TupleExpression(null, ToListAndFree(elements), null), ErrorCode.InvalidExceptClause,
                        "multiple exception types must be parenthesized");
                }
                if (CurrentKind == SyntaxKind.AsKeyword)
                {
                    asKeyword = EatToken();
                    name = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
                }
            }
            var exceptColon = EatToken(SyntaxKind.ColonToken);
            var exceptBody = ParseBlock(star is null ? "'except' statement" : "'except*' statement", exceptHeader);
            handlers.Add(GreenFactory.ExceptClause(except, star, type, asKeyword, name, exceptColon, exceptBody));
        }
        var elseClause = ParseElseClause("'else' statement");
        GreenNode? finallyClause = null;
        if (CurrentKind == SyntaxKind.FinallyKeyword)
        {
            int finallyHeader = _index;
            var finallyKeyword = EatToken();
            var finallyColon = EatToken(SyntaxKind.ColonToken);
            var finallyBody = ParseBlock("'finally' statement", finallyHeader);
            finallyClause = GreenFactory.FinallyClause(finallyKeyword, finallyColon, finallyBody);
        }
        var handlerList = ToListAndFree(handlers);
        var node = GreenFactory.TryStatement(tryKeyword, colon, body, handlerList, elseClause, finallyClause);
        if (handlerList is null && finallyClause is null)
        {
            return AddError(node, ErrorCode.ExpectedToken, "except' or 'finally");
        }
        return node;
    }

    private GreenNode ParseWithStatement(GreenToken? asyncKeyword)
    {
        int header = _index;
        var withKeyword = EatToken(SyntaxKind.WithKeyword);
        // with ( item, item ) : — tried first, as in CPython's grammar; otherwise the parenthesis belongs to an expression.
        if (CurrentKind == SyntaxKind.OpenParenToken)
        {
            var reset = GetResetPoint();
            var open = EatToken();
            var items = GetList();
            bool ok = true;
            while (true)
            {
                if (!CanStartExpression(CurrentKind))
                {
                    ok = false;
                    break;
                }
                items.Add(ParseWithItem());
                if (CurrentKind != SyntaxKind.CommaToken) break;
                items.Add(EatToken());
                if (CurrentKind == SyntaxKind.CloseParenToken) break;
            }
            if (ok && CurrentKind == SyntaxKind.CloseParenToken && PeekKind() == SyntaxKind.ColonToken && !HasErrorsSince(reset))
            {
                var close = EatToken();
                var colon = EatToken();
                var body = ParseBlock("'with' statement", header);
                return GreenFactory.WithStatement(asyncKeyword, withKeyword, open, ToListAndFree(items), close, colon, body);
            }
            Free(items);
            Reset(reset);
        }
        var list = GetList();
        while (true)
        {
            list.Add(ParseWithItem());
            if (CurrentKind != SyntaxKind.CommaToken) break;
            list.Add(EatToken());
        }
        var colon2 = EatToken(SyntaxKind.ColonToken);
        var body2 = ParseBlock("'with' statement", header);
        return GreenFactory.WithStatement(asyncKeyword, withKeyword, null, ToListAndFree(list), null, colon2, body2);
    }

    private GreenNode ParseWithItem()
    {
        var expression = ParseExpression();
        GreenToken? asKeyword = null;
        GreenNode? target = null;
        if (CurrentKind == SyntaxKind.AsKeyword)
        {
            asKeyword = EatToken();
            target = ParseStarTargetElement();
        }
        return GreenFactory.WithItem(expression, asKeyword, target);
    }

    private GreenNode ParseDecorated()
    {
        var decorators = GetList();
        while (CurrentKind == SyntaxKind.AtToken)
        {
            var at = EatToken();
            var expression = ParseNamedExpression();
            var newline = CurrentKind == SyntaxKind.NewLineToken ? EatToken() : CreateMissingToken(SyntaxKind.NewLineToken, ErrorCode.ExpectedToken, "newline");
            decorators.Add(GreenFactory.Decorator(at, expression, newline));
        }
        var list = ToListAndFree(decorators);
        switch (CurrentKind)
        {
            case SyntaxKind.DefKeyword:
                return ParseFunctionDefinition(list, null);
            case SyntaxKind.AsyncKeyword when PeekKind() == SyntaxKind.DefKeyword:
                return ParseFunctionDefinition(list, EatToken());
            case SyntaxKind.ClassKeyword:
                return ParseClassDefinition(list);
            default:
                var missingDef = CreateMissingToken(SyntaxKind.DefKeyword, ErrorCode.ExpectedToken, "def' or 'class");
                return GreenFactory.FunctionDefinition(list, null, missingDef, GreenToken.CreateMissing(SyntaxKind.IdentifierToken), null,
                    GreenFactory.ParameterList(GreenToken.CreateMissing(SyntaxKind.OpenParenToken), null, GreenToken.CreateMissing(SyntaxKind.CloseParenToken)),
                    null, null, GreenToken.CreateMissing(SyntaxKind.ColonToken), GreenFactory.Block(null, null, null, null));
        }
    }

    private GreenNode ParseFunctionDefinition(GreenNode? decorators, GreenToken? asyncKeyword)
    {
        int header = _index;
        var def = EatToken(SyntaxKind.DefKeyword);
        var name = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
        var typeParams = CurrentKind == SyntaxKind.OpenBracketToken ? ParseTypeParameterList() : null;
        var parameters = ParseParameterList(isLambda: false);
        GreenToken? arrow = null;
        GreenNode? returns = null;
        if (CurrentKind == SyntaxKind.MinusGreaterThanToken)
        {
            arrow = EatToken();
            returns = ParseExpression();
        }
        var colon = EatToken(SyntaxKind.ColonToken);
        var body = ParseBlock($"function definition", header);
        return GreenFactory.FunctionDefinition(decorators, asyncKeyword, def, name, typeParams, parameters, arrow, returns, colon, body);
    }

    private GreenNode ParseClassDefinition(GreenNode? decorators)
    {
        int header = _index;
        var classKeyword = EatToken();
        var name = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
        var typeParams = CurrentKind == SyntaxKind.OpenBracketToken ? ParseTypeParameterList() : null;
        var arguments = CurrentKind == SyntaxKind.OpenParenToken ? ParseArgumentList() : null;
        var colon = EatToken(SyntaxKind.ColonToken);
        var body = ParseBlock("class definition", header);
        return GreenFactory.ClassDefinition(decorators, classKeyword, name, typeParams, arguments, colon, body);
    }

    private GreenNode ParseTypeParameterList()
    {
        var open = EatToken();
        var items = GetList();
        while (CurrentKind != SyntaxKind.CloseBracketToken && !IsAtEnd)
        {
            GreenToken? prefix = null;
            var kind = SyntaxKind.TypeVar;
            if (CurrentKind == SyntaxKind.StarToken)
            {
                prefix = EatToken();
                kind = SyntaxKind.TypeVarTuple;
            }
            else if (CurrentKind == SyntaxKind.DoubleStarToken)
            {
                prefix = EatToken();
                kind = SyntaxKind.ParamSpec;
            }
            var name = CurrentKind == SyntaxKind.IdentifierToken ? EatToken() : MissingIdentifier();
            GreenToken? colon = null;
            GreenNode? bound = null;
            if (CurrentKind == SyntaxKind.ColonToken)
            {
                colon = EatToken();
                bound = ParseExpression();
            }
            items.Add(GreenFactory.TypeParameter(kind, prefix, name, colon, bound));
            if (CurrentKind != SyntaxKind.CommaToken) break;
            items.Add(EatToken());
        }
        var close = EatToken(SyntaxKind.CloseBracketToken);
        return GreenFactory.TypeParameterList(open, ToListAndFree(items), close);
    }

    // ------------------------------------------------------------------ match

    /// <summary>Tries <c>match subject: NEWLINE INDENT case...</c>; returns null (and resets) when it is not a match statement.</summary>
    private GreenNode? TryParseMatchStatement()
    {
        var next = PeekKind();
        if (!CanStartExpression(next) || next is SyntaxKind.EqualsToken)
        {
            return null;
        }
        var reset = GetResetPoint();
        int header = _index;
        var matchKeyword = EatToken();
        var subject = ParseMatchSubject();
        if (CurrentKind != SyntaxKind.ColonToken || PeekKind() != SyntaxKind.NewLineToken || HasErrorsSince(reset))
        {
            Reset(reset);
            return null;
        }
        var colon = EatToken();
        var newline = EatToken();
        if (CurrentKind != SyntaxKind.IndentToken)
        {
            var missingIndent = CreateMissingToken(SyntaxKind.IndentToken, ErrorCode.ExpectedIndentedBlock, "'match' statement", LineOf(header));
            return GreenFactory.MatchStatement(matchKeyword, subject, colon, newline, missingIndent, null, GreenToken.CreateMissing(SyntaxKind.DedentToken));
        }
        var indent = EatToken();
        var cases = GetList();
        while (CurrentKind != SyntaxKind.DedentToken && !IsAtEnd)
        {
            int start = _index;
            if (IsSoftKeyword("case"))
            {
                cases.Add(ParseCaseClause());
            }
            else
            {
                SkipToken(ErrorCode.ExpectedToken, "case");
                while (CurrentKind is not (SyntaxKind.NewLineToken or SyntaxKind.DedentToken or SyntaxKind.EndOfFileToken))
                {
                    SkipToken();
                }
                if (CurrentKind == SyntaxKind.NewLineToken) SkipToken();
            }
            if (_index == start) SkipToken(ErrorCode.InvalidSyntax);
        }
        var dedent = CurrentKind == SyntaxKind.DedentToken ? EatToken() : CreateMissingToken(SyntaxKind.DedentToken, ErrorCode.ExpectedToken, "dedent");
        var caseList = ToListAndFree(cases);
        var node = GreenFactory.MatchStatement(matchKeyword, subject, colon, newline, indent, caseList, dedent);
        return caseList is null ? AddError(node, ErrorCode.ExpectedToken, "case") : node;
    }

    private GreenNode ParseMatchSubject()
    {
        // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
        return ParseOpenSequence(SequenceElement.StarNamedExpression);
    }

    private GreenNode ParseCaseClause()
    {
        int header = _index;
        var caseKeyword = EatToken();
        var pattern = ParsePatterns();
        GreenNode? guard = null;
        if (CurrentKind == SyntaxKind.IfKeyword)
        {
            var ifKeyword = EatToken();
            guard = GreenFactory.Guard(ifKeyword, ParseNamedExpression());
        }
        var colon = EatToken(SyntaxKind.ColonToken);
        var body = ParseBlock("'case' statement", header);
        return GreenFactory.CaseClause(caseKeyword, pattern, guard, colon, body);
    }
}
