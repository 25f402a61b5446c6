namespace Py2Wasm.Syntax.Ast;

internal sealed partial class AstDumper
{
    /// <summary>A statement list; simple statements sharing a line (<c>a; b</c>) are separate statements.</summary>
    private void StatementList(SyntaxList<StatementSyntax> statements)
    {
        _sb.Append('[');
        foreach (var statement in statements)
        {
            if (statement is SimpleStatementLineSyntax line)
            {
                foreach (var simple in line.Statements)
                {
                    Separator();
                    Stmt(simple);
                }
            }
            else
            {
                Separator();
                Stmt(statement);
            }
        }
        _sb.Append(']');
    }

    private void Block(BlockSyntax? block)
    {
        if (block is null)
        {
            _sb.Append("[]");
            return;
        }
        StatementList(block.Statements);
    }

    private void Stmt(StatementSyntax statement)
    {
        if (!StackGuard.HasSufficientStack)
        {
            StackGuard.RunOnLargeStack(StmtCore, statement);
            return;
        }
        StmtCore(statement);
    }

    private void StmtCore(StatementSyntax statement)
    {
        switch (statement)
        {
            case ExpressionStatementSyntax expression:
                Begin("Expr");
                Key("value");
                Expr(expression.Expression);
                End(expression);
                break;
            case AssignmentStatementSyntax assignment:
                Begin("Assign");
                Key("targets");
                _sb.Append('[');
                foreach (var target in assignment.Targets)
                {
                    Separator();
                    Expr(target.Target, ExprContext.Store);
                }
                _sb.Append(']');
                Key("value");
                Expr(assignment.Value);
                End(assignment);
                break;
            case AugmentedAssignmentStatementSyntax augmented:
                Begin("AugAssign");
                Key("target");
                Expr(augmented.Target, ExprContext.Store);
                Key("op");
                _sb.Append(AugmentedOperator(augmented.OperatorToken.Kind));
                Key("value");
                Expr(augmented.Value);
                End(augmented);
                break;
            case AnnotatedAssignmentStatementSyntax annotated:
                Begin("AnnAssign");
                Key("target");
                Expr(annotated.Target, ExprContext.Store);
                Key("annotation");
                Expr(annotated.Annotation);
                if (annotated.Value is { } value)
                {
                    Key("value");
                    Expr(value);
                }
                Key("simple");
                _sb.Append(annotated.Target is IdentifierNameSyntax ? '1' : '0');
                End(annotated);
                break;
            case PassStatementSyntax:
                Begin("Pass");
                End(statement);
                break;
            case BreakStatementSyntax:
                Begin("Break");
                End(statement);
                break;
            case ContinueStatementSyntax:
                Begin("Continue");
                End(statement);
                break;
            case ReturnStatementSyntax returnStatement:
                Begin("Return");
                if (returnStatement.Expression is { } returned)
                {
                    Key("value");
                    Expr(returned);
                }
                End(returnStatement);
                break;
            case RaiseStatementSyntax raise:
                Begin("Raise");
                if (raise.Exception is { } exception)
                {
                    Key("exc");
                    Expr(exception);
                }
                if (raise.Cause is { } cause)
                {
                    Key("cause");
                    Expr(cause);
                }
                End(raise);
                break;
            case GlobalStatementSyntax global:
                Begin("Global");
                Key("names");
                NameList(global.Names);
                End(global);
                break;
            case NonlocalStatementSyntax nonlocal:
                Begin("Nonlocal");
                Key("names");
                NameList(nonlocal.Names);
                End(nonlocal);
                break;
            case DeleteStatementSyntax delete:
                Begin("Delete");
                Key("targets");
                ExprList(delete.Targets, ExprContext.Del);
                End(delete);
                break;
            case AssertStatementSyntax assert:
                Begin("Assert");
                Key("test");
                Expr(assert.Condition);
                if (assert.Message is { } message)
                {
                    Key("msg");
                    Expr(message);
                }
                End(assert);
                break;
            case ImportStatementSyntax import:
                Begin("Import");
                Key("names");
                Aliases(import.Names);
                End(import);
                break;
            case ImportFromStatementSyntax importFrom:
                ImportFrom(importFrom);
                break;
            case TypeAliasStatementSyntax typeAlias:
                Begin("TypeAlias");
                Key("name");
                Expr(typeAlias.Name, ExprContext.Store);
                Key("type_params");
                TypeParams(typeAlias.TypeParameterList);
                Key("value");
                Expr(typeAlias.Value);
                End(typeAlias);
                break;
            case IfStatementSyntax ifStatement:
                If(ifStatement.Condition, ifStatement.Body, ifStatement, 0, TokenStart(ifStatement.IfKeyword));
                break;
            case WhileStatementSyntax whileStatement:
                Begin("While");
                Key("test");
                Expr(whileStatement.Condition);
                Key("body");
                Block(whileStatement.Body);
                Key("orelse");
                Block(whileStatement.ElseClause?.Body);
                End(whileStatement);
                break;
            case ForStatementSyntax forStatement:
                Begin(forStatement.AsyncKeyword.IsNone ? "For" : "AsyncFor");
                Key("target");
                Expr(forStatement.Target, ExprContext.Store);
                Key("iter");
                Expr(forStatement.Iterable);
                Key("body");
                Block(forStatement.Body);
                Key("orelse");
                Block(forStatement.ElseClause?.Body);
                End(forStatement);
                break;
            case TryStatementSyntax tryStatement:
                Try(tryStatement);
                break;
            case WithStatementSyntax with:
                Begin(with.AsyncKeyword.IsNone ? "With" : "AsyncWith");
                Key("items");
                _sb.Append('[');
                foreach (var item in with.Items)
                {
                    Separator();
                    Begin("withitem");
                    Key("context_expr");
                    Expr(item.Expression);
                    if (item.Target is { } target)
                    {
                        Key("optional_vars");
                        Expr(target, ExprContext.Store);
                    }
                    EndNoAttributes();
                }
                _sb.Append(']');
                Key("body");
                Block(with.Body);
                End(with);
                break;
            case FunctionDefinitionSyntax function:
                FunctionDef(function);
                break;
            case ClassDefinitionSyntax classDefinition:
                ClassDef(classDefinition);
                break;
            case MatchStatementSyntax match:
                Match(match);
                break;
            case SimpleStatementLineSyntax line:
                // Only reached for a line nested where a single statement was expected (error recovery).
                foreach (var simple in line.Statements)
                {
                    Stmt(simple);
                }
                break;
            default:
                Begin("Pass");
                End(statement);
                break;
        }
    }

    private void NameList(SeparatedSyntaxList<IdentifierNameSyntax> names)
    {
        _sb.Append('[');
        foreach (var name in names)
        {
            Separator();
            Identifier(name.Identifier);
        }
        _sb.Append(']');
    }

    private void Aliases(SeparatedSyntaxList<ImportAliasSyntax> aliases)
    {
        _sb.Append('[');
        foreach (var alias in aliases)
        {
            Separator();
            Begin("alias");
            Key("name");
            IdentifierText(DottedName(alias.Name));
            if (!alias.AsName.IsNone)
            {
                Key("asname");
                Identifier(alias.AsName);
            }
            End(alias);
        }
        _sb.Append(']');
    }

    /// <summary>The dotted name with each part normalized (or <c>*</c>).</summary>
    private static string DottedName(DottedNameSyntax? name)
    {
        if (name is null)
        {
            return string.Empty;
        }
        var parts = name.Parts;
        if (parts.Count == 1)
        {
            return Py2Wasm.Syntax.Literals.PyIdentifier.Normalize(parts[0].Identifier.Text);
        }
        return string.Join('.', parts.Select(p => Py2Wasm.Syntax.Literals.PyIdentifier.Normalize(p.Identifier.Text)));
    }

    private void ImportFrom(ImportFromStatementSyntax node)
    {
        Begin("ImportFrom");
        if (node.Module is { } module)
        {
            Key("module");
            IdentifierText(DottedName(module));
        }
        Key("names");
        Aliases(node.Names);
        Key("level");
        int level = 0;
        foreach (var dot in node.Dots)
        {
            level += dot.Kind == SyntaxKind.EllipsisToken ? 3 : dot.Text.Length;
        }
        _sb.Append(level);
        End(node);
    }

    /// <summary>
    /// An <c>if</c> or <c>elif</c> (index <paramref name="elif"/> &gt; 0): later <c>elif</c>s nest in
    /// <c>orelse</c>; every nested <c>If</c> ends where the whole statement ends.
    /// </summary>
    private void If(ExpressionSyntax condition, BlockSyntax body, IfStatementSyntax statement, int elif, int start)
    {
        if (!StackGuard.HasSufficientStack)
        {
            StackGuard.RunOnLargeStack(() =>
            {
                If(condition, body, statement, elif, start);
                return 0;
            });
            return;
        }
        Begin("If");
        Key("test");
        Expr(condition);
        Key("body");
        Block(body);
        Key("orelse");
        var clauses = statement.ElifClauses;
        if (elif < clauses.Count)
        {
            var next = clauses[elif];
            _sb.Append('[');
            If(next.Condition, next.Body, statement, elif + 1, TokenStart(next.ElifKeyword));
            _sb.Append(']');
        }
        else
        {
            Block(statement.ElseClause?.Body);
        }
        End(start, EndOf(statement));
    }

    private void Try(TryStatementSyntax node)
    {
        bool star = node.ExceptClauses.Any(c => !c.StarToken.IsNone);
        Begin(star ? "TryStar" : "Try");
        Key("body");
        Block(node.Body);
        Key("handlers");
        _sb.Append('[');
        foreach (var clause in node.ExceptClauses)
        {
            Separator();
            Begin("ExceptHandler");
            if (clause.Type is { } type)
            {
                Key("type");
                Expr(type);
            }
            if (!clause.Name.IsNone)
            {
                Key("name");
                Identifier(clause.Name);
            }
            Key("body");
            Block(clause.Body);
            End(clause);
        }
        _sb.Append(']');
        Key("orelse");
        Block(node.ElseClause?.Body);
        Key("finalbody");
        Block(node.FinallyClause?.Body);
        End(node);
    }

    private void Decorators(SyntaxList<DecoratorSyntax> decorators)
    {
        _sb.Append('[');
        foreach (var decorator in decorators)
        {
            Separator();
            Expr(decorator.Expression);
        }
        _sb.Append(']');
    }

    private void FunctionDef(FunctionDefinitionSyntax node)
    {
        bool isAsync = !node.AsyncKeyword.IsNone;
        Begin(isAsync ? "AsyncFunctionDef" : "FunctionDef");
        Key("name");
        Identifier(node.Name);
        Key("args");
        Arguments(node.ParameterList);
        Key("body");
        Block(node.Body);
        Key("decorator_list");
        Decorators(node.Decorators);
        if (node.ReturnAnnotation is { } returns)
        {
            Key("returns");
            Expr(returns);
        }
        if (Is312 || node.TypeParameterList is not null)
        {
            Key("type_params");
            TypeParams(node.TypeParameterList);
        }
        // The definition starts at 'def' or 'async', not at its first decorator.
        End(TokenStart(isAsync ? node.AsyncKeyword : node.DefKeyword), EndOf(node));
    }

    private void ClassDef(ClassDefinitionSyntax node)
    {
        Begin("ClassDef");
        Key("name");
        Identifier(node.Name);
        BasesAndKeywords(node.ArgumentList);
        Key("body");
        Block(node.Body);
        Key("decorator_list");
        Decorators(node.Decorators);
        if (Is312 || node.TypeParameterList is not null)
        {
            Key("type_params");
            TypeParams(node.TypeParameterList);
        }
        End(TokenStart(node.ClassKeyword), EndOf(node));
    }

    /// <summary>PEP 695 type parameters: <c>TypeVar</c>, <c>TypeVarTuple</c> (<c>*Ts</c>), <c>ParamSpec</c> (<c>**P</c>).</summary>
    private void TypeParams(TypeParameterListSyntax? list)
    {
        _sb.Append('[');
        if (list is not null)
        {
            foreach (var parameter in list.Parameters)
            {
                Separator();
                switch (parameter.Kind)
                {
                    case SyntaxKind.TypeVarTuple:
                        Begin("TypeVarTuple");
                        Key("name");
                        Identifier(parameter.Name);
                        break;
                    case SyntaxKind.ParamSpec:
                        Begin("ParamSpec");
                        Key("name");
                        Identifier(parameter.Name);
                        break;
                    default:
                        Begin("TypeVar");
                        Key("name");
                        Identifier(parameter.Name);
                        if (parameter.Bound is { } bound)
                        {
                            Key("bound");
                            Expr(bound);
                        }
                        break;
                }
                End(parameter);
            }
        }
        _sb.Append(']');
    }
}
