using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Syntax.Ast;

internal sealed partial class AstDumper
{
    /// <summary>Writes an expression node, or <c>None</c> for an absent one.</summary>
    private void Expr(ExpressionSyntax? expression, ExprContext ctx = ExprContext.Load)
    {
        if (expression is null)
        {
            None();
            return;
        }
        // CPython keeps no node for parentheses: the inner node keeps its own span.
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }
        if (!StackGuard.HasSufficientStack)
        {
            StackGuard.RunOnLargeStack(ExprCore, expression, ctx);
            return;
        }
        ExprCore(expression, ctx);
    }

    private void ExprCore(ExpressionSyntax expression, ExprContext ctx)
    {
        switch (expression)
        {
            case IdentifierNameSyntax name:
                Begin("Name");
                Key("id");
                Identifier(name.Identifier);
                Ctx(ctx);
                End(name);
                break;
            case LiteralExpressionSyntax literal:
                Literal(literal);
                break;
            case FStringExpressionSyntax or ConcatenatedStringExpressionSyntax:
                Strings(expression);
                break;
            case BinaryExpressionSyntax binary:
                if (binary.Kind is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression)
                {
                    BoolOp(binary);
                }
                else
                {
                    BinOp(binary);
                }
                break;
            case UnaryExpressionSyntax unary:
                Begin("UnaryOp");
                Key("op");
                _sb.Append(unary.Kind switch
                {
                    SyntaxKind.UnaryPlusExpression => "UAdd()",
                    SyntaxKind.UnaryMinusExpression => "USub()",
                    SyntaxKind.BitwiseNotExpression => "Invert()",
                    _ => "Not()",
                });
                Key("operand");
                Expr(unary.Operand);
                End(unary);
                break;
            case ComparisonExpressionSyntax comparison:
                Compare(comparison);
                break;
            case TupleExpressionSyntax tuple:
                Begin("Tuple");
                Key("elts");
                ExprList(tuple.Elements, ctx);
                Ctx(ctx);
                End(tuple);
                break;
            case ListExpressionSyntax list:
                Begin("List");
                Key("elts");
                ExprList(list.Elements, ctx);
                Ctx(ctx);
                End(list);
                break;
            case SetExpressionSyntax set:
                Begin("Set");
                Key("elts");
                ExprList(set.Elements, ExprContext.Load);
                End(set);
                break;
            case DictExpressionSyntax dict:
                Dict(dict);
                break;
            case ComprehensionExpressionSyntax comprehension:
                Comprehension(comprehension);
                break;
            case AwaitExpressionSyntax awaitExpression:
                Begin("Await");
                Key("value");
                Expr(awaitExpression.Expression);
                End(awaitExpression);
                break;
            case ConditionalExpressionSyntax conditional:
                Begin("IfExp");
                Key("test");
                Expr(conditional.Condition);
                Key("body");
                Expr(conditional.WhenTrue);
                Key("orelse");
                Expr(conditional.WhenFalse);
                End(conditional);
                break;
            case LambdaExpressionSyntax lambda:
                Begin("Lambda");
                Key("args");
                Arguments(lambda.ParameterList);
                Key("body");
                Expr(lambda.Body);
                End(lambda);
                break;
            case NamedExpressionSyntax named:
                Begin("NamedExpr");
                Key("target");
                Expr(named.Name, ExprContext.Store);
                Key("value");
                Expr(named.Value);
                End(named);
                break;
            case StarredExpressionSyntax starred:
                Begin("Starred");
                Key("value");
                Expr(starred.Expression, ctx);
                Ctx(ctx);
                End(starred);
                break;
            case YieldExpressionSyntax yieldExpression:
                Begin("Yield");
                if (yieldExpression.Expression is { } yielded)
                {
                    Key("value");
                    Expr(yielded);
                }
                End(yieldExpression);
                break;
            case YieldFromExpressionSyntax yieldFrom:
                Begin("YieldFrom");
                Key("value");
                Expr(yieldFrom.Expression);
                End(yieldFrom);
                break;
            case MemberAccessExpressionSyntax member:
                Begin("Attribute");
                Key("value");
                Expr(member.Expression);
                Key("attr");
                Identifier(member.Name);
                Ctx(ctx);
                End(member);
                break;
            case SubscriptExpressionSyntax subscript:
                Begin("Subscript");
                Key("value");
                Expr(subscript.Expression);
                Key("slice");
                if (subscript.Index is StarredExpressionSyntax starredIndex)
                {
                    // a[*b] indexes with a one-element tuple (PEP 646).
                    Begin("Tuple");
                    Key("elts");
                    _sb.Append('[');
                    Expr(starredIndex);
                    _sb.Append(']');
                    Ctx(ExprContext.Load);
                    End(starredIndex);
                }
                else
                {
                    Expr(subscript.Index);
                }
                Ctx(ctx);
                End(subscript);
                break;
            case SliceExpressionSyntax slice:
                Begin("Slice");
                if (slice.Lower is { } lower)
                {
                    Key("lower");
                    Expr(lower);
                }
                if (slice.Upper is { } upper)
                {
                    Key("upper");
                    Expr(upper);
                }
                if (slice.Step is { } step)
                {
                    Key("step");
                    Expr(step);
                }
                End(slice);
                break;
            case CallExpressionSyntax call:
                Call(call);
                break;
            default:
                // Not an expression CPython knows (only in trees with errors): keep the dump well-formed.
                Begin("Name");
                Key("id");
                _sb.Append(PyRepr.Str(expression.ToString()));
                Ctx(ctx);
                End(expression);
                break;
        }
    }

    private void ExprList(SeparatedSyntaxList<ExpressionSyntax> list, ExprContext ctx)
    {
        _sb.Append('[');
        foreach (var item in list)
        {
            Separator();
            Expr(item, ctx);
        }
        _sb.Append(']');
    }

    /// <summary>
    /// A binary operation. Our parser builds left-nested chains (<c>a + b + c</c>); the left spine is walked with
    /// an explicit stack so a 100,000-term sum needs no deep recursion.
    /// </summary>
    private void BinOp(BinaryExpressionSyntax node)
    {
        var spine = new List<BinaryExpressionSyntax>();
        ExpressionSyntax current = node;
        while (current is BinaryExpressionSyntax b && b.Kind is not (SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression))
        {
            spine.Add(b);
            current = b.Left;
        }
        int start = Start(spine[^1]);
        for (int i = 0; i < spine.Count; i++)
        {
            Begin("BinOp");
            Key("left");
        }
        Expr(current);
        for (int i = spine.Count - 1; i >= 0; i--)
        {
            var b = spine[i];
            Key("op");
            _sb.Append(BinaryOperator(b.Kind));
            Key("right");
            Expr(b.Right);
            End(start, EndOf(b));
        }
    }

    private static string BinaryOperator(SyntaxKind kind) => kind switch
    {
        SyntaxKind.AddExpression => "Add()",
        SyntaxKind.SubtractExpression => "Sub()",
        SyntaxKind.MultiplyExpression => "Mult()",
        SyntaxKind.MatrixMultiplyExpression => "MatMult()",
        SyntaxKind.DivideExpression => "Div()",
        SyntaxKind.FloorDivideExpression => "FloorDiv()",
        SyntaxKind.ModuloExpression => "Mod()",
        SyntaxKind.PowerExpression => "Pow()",
        SyntaxKind.LeftShiftExpression => "LShift()",
        SyntaxKind.RightShiftExpression => "RShift()",
        SyntaxKind.BitwiseAndExpression => "BitAnd()",
        SyntaxKind.BitwiseOrExpression => "BitOr()",
        SyntaxKind.BitwiseXorExpression => "BitXor()",
        _ => "Add()",
    };

    /// <summary>The operator of an augmented assignment token (<c>+=</c> is <c>Add()</c>).</summary>
    private static string AugmentedOperator(SyntaxKind tokenKind) => tokenKind switch
    {
        SyntaxKind.PlusEqualsToken => "Add()",
        SyntaxKind.MinusEqualsToken => "Sub()",
        SyntaxKind.StarEqualsToken => "Mult()",
        SyntaxKind.AtEqualsToken => "MatMult()",
        SyntaxKind.SlashEqualsToken => "Div()",
        SyntaxKind.DoubleSlashEqualsToken => "FloorDiv()",
        SyntaxKind.PercentEqualsToken => "Mod()",
        SyntaxKind.DoubleStarEqualsToken => "Pow()",
        SyntaxKind.LessThanLessThanEqualsToken => "LShift()",
        SyntaxKind.GreaterThanGreaterThanEqualsToken => "RShift()",
        SyntaxKind.AmpersandEqualsToken => "BitAnd()",
        SyntaxKind.BarEqualsToken => "BitOr()",
        SyntaxKind.CaretEqualsToken => "BitXor()",
        _ => "Add()",
    };

    /// <summary>
    /// <c>a and b and c</c> is one <c>BoolOp</c> with three values. Our parser nests the chain to the left; a
    /// parenthesized operand is its own node and is not flattened.
    /// </summary>
    private void BoolOp(BinaryExpressionSyntax node)
    {
        var kind = node.Kind;
        var operands = new List<ExpressionSyntax>();
        ExpressionSyntax current = node;
        while (current is BinaryExpressionSyntax b && b.Kind == kind)
        {
            operands.Add(b.Right);
            current = b.Left;
        }
        operands.Add(current);
        operands.Reverse();
        Begin("BoolOp");
        Key("op");
        _sb.Append(kind == SyntaxKind.LogicalAndExpression ? "And()" : "Or()");
        Key("values");
        _sb.Append('[');
        foreach (var operand in operands)
        {
            Separator();
            Expr(operand);
        }
        _sb.Append(']');
        End(node);
    }

    private void Compare(ComparisonExpressionSyntax node)
    {
        Begin("Compare");
        Key("left");
        Expr(node.Left);
        Key("ops");
        _sb.Append('[');
        foreach (var operand in node.Comparisons)
        {
            Separator();
            _sb.Append(operand.OperatorToken.Kind switch
            {
                SyntaxKind.EqualsEqualsToken => "Eq()",
                SyntaxKind.ExclamationEqualsToken => "NotEq()",
                SyntaxKind.LessThanToken => "Lt()",
                SyntaxKind.LessThanEqualsToken => "LtE()",
                SyntaxKind.GreaterThanToken => "Gt()",
                SyntaxKind.GreaterThanEqualsToken => "GtE()",
                SyntaxKind.IsKeyword => operand.SecondOperatorToken.Kind == SyntaxKind.NotKeyword ? "IsNot()" : "Is()",
                SyntaxKind.InKeyword => "In()",
                SyntaxKind.NotKeyword => "NotIn()",
                _ => "Eq()",
            });
        }
        _sb.Append(']');
        Key("comparators");
        _sb.Append('[');
        foreach (var operand in node.Comparisons)
        {
            Separator();
            Expr(operand.Right);
        }
        _sb.Append(']');
        End(node);
    }

    private void Dict(DictExpressionSyntax dict)
    {
        Begin("Dict");
        Key("keys");
        _sb.Append('[');
        foreach (var element in dict.Elements)
        {
            Separator();
            if (element is KeyValueElementSyntax pair)
            {
                Expr(pair.Key);
            }
            else
            {
                None();
            }
        }
        _sb.Append(']');
        Key("values");
        _sb.Append('[');
        foreach (var element in dict.Elements)
        {
            Separator();
            switch (element)
            {
                case KeyValueElementSyntax pair:
                    Expr(pair.Value);
                    break;
                case DictUnpackElementSyntax unpack:
                    Expr(unpack.Expression);
                    break;
                default:
                    None();
                    break;
            }
        }
        _sb.Append(']');
        End(dict);
    }

    private void Comprehension(ComprehensionExpressionSyntax node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.DictComprehension:
                Begin("DictComp");
                Key("key");
                Expr(node.Element);
                Key("value");
                Expr(node.Value);
                break;
            default:
                Begin(node.Kind switch
                {
                    SyntaxKind.ListComprehension => "ListComp",
                    SyntaxKind.SetComprehension => "SetComp",
                    _ => "GeneratorExp",
                });
                Key("elt");
                Expr(node.Element);
                break;
        }
        Key("generators");
        _sb.Append('[');
        var clauses = node.Clauses;
        for (int i = 0; i < clauses.Count; i++)
        {
            if (clauses[i] is not ComprehensionForClauseSyntax forClause)
            {
                continue;
            }
            Separator();
            Begin("comprehension");
            Key("target");
            Expr(forClause.Target, ExprContext.Store);
            Key("iter");
            Expr(forClause.Iterable);
            Key("ifs");
            _sb.Append('[');
            for (int j = i + 1; j < clauses.Count && clauses[j] is ComprehensionIfClauseSyntax ifClause; j++)
            {
                Separator();
                Expr(ifClause.Condition);
            }
            _sb.Append(']');
            Key("is_async");
            _sb.Append(forClause.AsyncKeyword.IsNone ? '0' : '1');
            EndNoAttributes();
        }
        _sb.Append(']');
        if (node.Kind == SyntaxKind.GeneratorExpression && node.OpenToken.IsNone && node.Parent is ArgumentSyntax
            && node.Ancestors().Take(3).OfType<ArgumentListSyntax>().FirstOrDefault() is { } arguments)
        {
            // A generator expression that is a call's only argument shares the call's parentheses.
            End(TokenStart(arguments.OpenParenToken), TokenEnd(arguments.CloseParenToken));
        }
        else
        {
            End(node);
        }
    }

    private void Call(CallExpressionSyntax call)
    {
        Begin("Call");
        Key("func");
        Expr(call.Expression);
        var arguments = call.ArgumentList.Arguments;
        Key("args");
        _sb.Append('[');
        foreach (var argument in arguments)
        {
            if (argument.Name.IsNone && argument.StarToken.Kind != SyntaxKind.DoubleStarToken)
            {
                Separator();
                PositionalArgument(argument);
            }
        }
        _sb.Append(']');
        Key("keywords");
        _sb.Append('[');
        foreach (var argument in arguments)
        {
            if (!argument.Name.IsNone || argument.StarToken.Kind == SyntaxKind.DoubleStarToken)
            {
                Separator();
                KeywordArgument(argument);
            }
        }
        _sb.Append(']');
        End(call);
    }

    /// <summary>A positional argument: an expression, or <c>*e</c> as <c>Starred</c>.</summary>
    private void PositionalArgument(ArgumentSyntax argument)
    {
        if (argument.StarToken.Kind == SyntaxKind.StarToken)
        {
            Begin("Starred");
            Key("value");
            Expr(argument.Expression);
            Ctx(ExprContext.Load);
            End(argument);
        }
        else
        {
            Expr(argument.Expression);
        }
    }

    /// <summary>A keyword argument <c>name=e</c>, or <c>**e</c> (a keyword without <c>arg</c>).</summary>
    private void KeywordArgument(ArgumentSyntax argument)
    {
        Begin("keyword");
        if (!argument.Name.IsNone)
        {
            Key("arg");
            Identifier(argument.Name);
        }
        Key("value");
        Expr(argument.Expression);
        End(argument);
    }

    /// <summary>Writes a class's bases and keywords fields from its optional argument list.</summary>
    private void BasesAndKeywords(ArgumentListSyntax? list)
    {
        Key("bases");
        _sb.Append('[');
        if (list is not null)
        {
            foreach (var argument in list.Arguments)
            {
                if (argument.Name.IsNone && argument.StarToken.Kind != SyntaxKind.DoubleStarToken)
                {
                    Separator();
                    PositionalArgument(argument);
                }
            }
        }
        _sb.Append(']');
        Key("keywords");
        _sb.Append('[');
        if (list is not null)
        {
            foreach (var argument in list.Arguments)
            {
                if (!argument.Name.IsNone || argument.StarToken.Kind == SyntaxKind.DoubleStarToken)
                {
                    Separator();
                    KeywordArgument(argument);
                }
            }
        }
        _sb.Append(']');
    }

    /// <summary>
    /// CPython's <c>arguments</c> node (no position attributes): positional-only parameters before <c>/</c>,
    /// keyword-only after <c>*</c> or <c>*args</c>; defaults of positional parameters in <c>defaults</c>, of
    /// keyword-only ones aligned in <c>kw_defaults</c> with <c>None</c> for those without.
    /// </summary>
    private void Arguments(ParameterListSyntax? list)
    {
        var posOnly = new List<ParameterSyntax>();
        var regular = new List<ParameterSyntax>();
        var kwOnly = new List<ParameterSyntax>();
        ParameterSyntax? vararg = null;
        ParameterSyntax? kwarg = null;
        if (list is not null)
        {
            bool keywordOnly = false;
            foreach (var parameter in list.Parameters)
            {
                switch (parameter.Kind)
                {
                    case SyntaxKind.SlashParameter:
                        posOnly.AddRange(regular);
                        regular.Clear();
                        break;
                    case SyntaxKind.StarParameter:
                        keywordOnly = true;
                        if (!parameter.Name.IsNone)
                        {
                            vararg = parameter;
                        }
                        break;
                    case SyntaxKind.DoubleStarParameter:
                        kwarg = parameter;
                        break;
                    default:
                        (keywordOnly ? kwOnly : regular).Add(parameter);
                        break;
                }
            }
        }
        Begin("arguments");
        Key("posonlyargs");
        ArgList(posOnly);
        Key("args");
        ArgList(regular);
        if (vararg is not null)
        {
            Key("vararg");
            Arg(vararg);
        }
        Key("kwonlyargs");
        ArgList(kwOnly);
        Key("kw_defaults");
        _sb.Append('[');
        foreach (var parameter in kwOnly)
        {
            Separator();
            Expr(parameter.Default);
        }
        _sb.Append(']');
        if (kwarg is not null)
        {
            Key("kwarg");
            Arg(kwarg);
        }
        Key("defaults");
        _sb.Append('[');
        foreach (var parameter in posOnly.Concat(regular))
        {
            if (parameter.Default is { } value)
            {
                Separator();
                Expr(value);
            }
        }
        _sb.Append(']');
        EndNoAttributes();
    }

    private void ArgList(List<ParameterSyntax> parameters)
    {
        _sb.Append('[');
        foreach (var parameter in parameters)
        {
            Separator();
            Arg(parameter);
        }
        _sb.Append(']');
    }

    /// <summary>An <c>arg</c>: spans the name and the annotation (not a <c>*</c> prefix, not the default).</summary>
    private void Arg(ParameterSyntax parameter)
    {
        Begin("arg");
        Key("arg");
        Identifier(parameter.Name);
        if (parameter.Annotation is { } annotation)
        {
            Key("annotation");
            Expr(annotation);
        }
        End(TokenStart(parameter.Name), parameter.Annotation is { } a ? EndOf(a) : TokenEnd(parameter.Name));
    }
}
