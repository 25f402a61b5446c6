using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

internal sealed partial class ScopeBinder
{
    private void VisitExpr(ExpressionSyntax? e, Ctx ctx)
    {
        if (e is null)
        {
            return;
        }
        if (ctx == Ctx.Load)
        {
            VisitLoad(e);
            return;
        }
        if (!StackGuard.HasSufficientStack)
        {
            StackGuard.RunOnLargeStack(VisitExprCore, e, ctx);
            return;
        }
        VisitExprCore(e, ctx);
    }

    private void VisitExprCore(ExpressionSyntax e, Ctx ctx)
    {
        switch (e)
        {
            case IdentifierNameSyntax id:
                VisitName(id, ctx);
                break;
            case LiteralExpressionSyntax:
                break;
            case ParenthesizedExpressionSyntax p:
                VisitExpr(p.Expression, ctx);
                break;
            case BinaryExpressionSyntax b:
            {
                // Left-deep chains (a + b + c + ...) are walked with a list, not recursion.
                var rights = _rightOperands.Count > 0 ? _rightOperands.Pop() : new List<ExpressionSyntax>();
                ExpressionSyntax current = b;
                while (current is BinaryExpressionSyntax bb)
                {
                    rights.Add(bb.Right);
                    current = bb.Left;
                }
                VisitExpr(current, Ctx.Load);
                for (int i = rights.Count - 1; i >= 0; i--)
                {
                    VisitExpr(rights[i], Ctx.Load);
                }
                rights.Clear();
                _rightOperands.Push(rights);
                break;
            }
            case UnaryExpressionSyntax u:
                VisitExpr(u.Operand, Ctx.Load);
                break;
            case ComparisonExpressionSyntax c:
                VisitExpr(c.Left, Ctx.Load);
                foreach (var op in c.Comparisons)
                {
                    VisitExpr(op.Right, Ctx.Load);
                }
                break;
            case ConditionalExpressionSyntax cond:
                VisitExpr(cond.Condition, Ctx.Load);
                VisitExpr(cond.WhenTrue, Ctx.Load);
                VisitExpr(cond.WhenFalse, Ctx.Load);
                break;
            case TupleExpressionSyntax t:
                foreach (var x in t.Elements)
                {
                    VisitExpr(x, ctx);
                }
                break;
            case ListExpressionSyntax l:
                foreach (var x in l.Elements)
                {
                    VisitExpr(x, ctx);
                }
                break;
            case SetExpressionSyntax s:
                foreach (var x in s.Elements)
                {
                    VisitExpr(x, Ctx.Load);
                }
                break;
            case DictExpressionSyntax d:
                // CPython visits all keys, then all values.
                foreach (var el in d.Elements)
                {
                    if (el is KeyValueElementSyntax kv)
                    {
                        VisitExpr(kv.Key, Ctx.Load);
                    }
                }
                foreach (var el in d.Elements)
                {
                    switch (el)
                    {
                        case KeyValueElementSyntax kv:
                            VisitExpr(kv.Value, Ctx.Load);
                            break;
                        case DictUnpackElementSyntax du:
                            VisitExpr(du.Expression, Ctx.Load);
                            break;
                    }
                }
                break;
            case StarredExpressionSyntax star:
                VisitExpr(star.Expression, ctx);
                break;
            case MemberAccessExpressionSyntax m:
                VisitExpr(m.Expression, Ctx.Load);
                break;
            case SubscriptExpressionSyntax sub:
                VisitExpr(sub.Expression, Ctx.Load);
                VisitExpr(sub.Index, Ctx.Load);
                break;
            case SliceExpressionSyntax slice:
                VisitExpr(slice.Lower, Ctx.Load);
                VisitExpr(slice.Upper, Ctx.Load);
                VisitExpr(slice.Step, Ctx.Load);
                break;
            case CallExpressionSyntax call:
                VisitExpr(call.Expression, Ctx.Load);
                VisitArguments(call.ArgumentList);
                break;
            case AwaitExpressionSyntax aw:
                VisitExpr(aw.Expression, Ctx.Load);
                _current.IsCoroutine = true;
                break;
            case YieldExpressionSyntax y:
                VisitExpr(y.Expression, Ctx.Load);
                VisitYield(y);
                break;
            case YieldFromExpressionSyntax yf:
                VisitExpr(yf.Expression, Ctx.Load);
                VisitYield(yf);
                break;
            case LambdaExpressionSyntax lambda:
                VisitDefaults(lambda.ParameterList);
                EnterScope(ScopeKind.Lambda, "lambda", lambda.SpanStart, lambda);
                VisitParameters(lambda.ParameterList);
                VisitExpr(lambda.Body, Ctx.Load);
                ExitScope();
                break;
            case NamedExpressionSyntax named:
                VisitNamedExpression(named);
                break;
            case ComprehensionExpressionSyntax comp:
                VisitComprehension(comp);
                break;
            case FStringExpressionSyntax f:
                VisitFStringContents(f.Contents);
                break;
            case ConcatenatedStringExpressionSyntax cs:
                foreach (var s in cs.Strings)
                {
                    VisitExpr(s, Ctx.Load);
                }
                break;
        }
    }

    private void VisitFStringContents(SyntaxList<FStringContentSyntax> contents)
    {
        foreach (var c in contents)
        {
            if (c is FStringInterpolationSyntax i)
            {
                VisitExpr(i.Expression, Ctx.Load);
                if (i.FormatSpecifier is { } spec)
                {
                    VisitFStringContents(spec.Contents);
                }
            }
        }
    }

    private void VisitName(IdentifierNameSyntax id, Ctx ctx)
    {
        if (id.Identifier.IsMissing)
        {
            return;
        }
        var name = NameOf(id.Identifier);
        AddDef(name, ctx == Ctx.Load ? SymbolFlags.Referenced : SymbolFlags.Assigned, id.Span);
        RecordName(id.Identifier, Mangle(_private, name), ctx == Ctx.Store ? id : null);
        if (ctx == Ctx.Load && _current.IsFunctionLike && name == "super")
        {
            // super() needs the implicit __class__ cell.
            AddDef("__class__", SymbolFlags.Referenced, id.Span);
        }
    }

    private void VisitYield(ExpressionSyntax y)
    {
        _current.IsGenerator = true;
        if (_current.IsComprehension)
        {
            var what = _current.ComprehensionKind switch
            {
                SyntaxKind.ListComprehension => "list comprehension",
                SyntaxKind.SetComprehension => "set comprehension",
                SyntaxKind.DictComprehension => "dict comprehension",
                _ => "generator expression",
            };
            Report(SemanticErrorCode.YieldInComprehension, y.Span, what);
        }
    }

    private void VisitNamedExpression(NamedExpressionSyntax named)
    {
        var target = named.Name;
        if (_current.ComprehensionIterableDepth > 0)
        {
            Report(SemanticErrorCode.InvalidNamedExpressionInComprehension, target.Span,
                "assignment expression cannot be used in a comprehension iterable expression");
        }
        else if (_current.IsComprehension && !target.Identifier.IsMissing)
        {
            ExtendNamedExpressionScope(target);
        }
        VisitExpr(named.Value, Ctx.Load);
        VisitExpr(target, Ctx.Store);
    }

    /// <summary>A walrus target in a comprehension binds in the nearest enclosing function or module scope.</summary>
    private void ExtendNamedExpressionScope(IdentifierNameSyntax target)
    {
        var name = NameOf(target.Identifier);
        var mangled = Mangle(_private, name);
        for (var scope = _current; scope is not null; scope = scope.Parent)
        {
            if (scope.IsComprehension)
            {
                if ((scope.GetFlags(mangled) & SymbolFlags.ComprehensionIteration) != 0)
                {
                    Report(SemanticErrorCode.InvalidNamedExpressionInComprehension, target.Span,
                        $"assignment expression cannot rebind comprehension iteration variable '{name}'");
                    return;
                }
                continue;
            }
            if (scope.Kind is ScopeKind.Function or ScopeKind.Lambda)
            {
                var flag = (scope.GetFlags(mangled) & SymbolFlags.DeclaredGlobal) != 0 ? SymbolFlags.DeclaredGlobal : SymbolFlags.DeclaredNonlocal;
                AddDef(name, flag, target.Span);
                _current.AddDirective(mangled, target);
                AddDef(name, SymbolFlags.Assigned, target.Span, scope);
                scope.GetOrAdd(mangled).AddDeclaration(target);
                return;
            }
            if (scope.Kind == ScopeKind.Module)
            {
                AddDef(name, SymbolFlags.DeclaredGlobal, target.Span);
                _current.AddDirective(mangled, target);
                AddDef(name, SymbolFlags.DeclaredGlobal, target.Span, scope);
                scope.GetOrAdd(mangled).AddDeclaration(target);
                return;
            }
            if (scope.Kind == ScopeKind.Class)
            {
                Report(SemanticErrorCode.InvalidNamedExpressionInComprehension, target.Span,
                    "assignment expression within a comprehension cannot be used in a class body");
                return;
            }
            // PEP 695 scopes: CPython 3.12 rejects walrus there; keep looking outward.
        }
    }

    private void VisitComprehension(ComprehensionExpressionSyntax comp)
    {
        var clauses = comp.Clauses;
        if (clauses.Count == 0 || clauses[0] is not ComprehensionForClauseSyntax outermost)
        {
            return;
        }
        // The outermost iterable is evaluated in the enclosing scope.
        _current.ComprehensionIterableDepth++;
        VisitExpr(outermost.Iterable, Ctx.Load);
        _current.ComprehensionIterableDepth--;

        var name = comp.Kind switch
        {
            SyntaxKind.ListComprehension => "listcomp",
            SyntaxKind.SetComprehension => "setcomp",
            SyntaxKind.DictComprehension => "dictcomp",
            _ => "genexpr",
        };
        var scope = EnterScope(ScopeKind.Comprehension, name, ComprehensionStart(comp), comp);
        scope.ComprehensionKind = comp.Kind;
        bool isGenerator = comp.Kind == SyntaxKind.GeneratorExpression;
        if (!outermost.AsyncKeyword.IsNone)
        {
            scope.IsCoroutine = true;
        }
        AddDef(".0", SymbolFlags.Parameter, comp.Span);
        scope.InComprehensionIterationTarget = true;
        VisitExpr(outermost.Target, Ctx.Store);
        scope.InComprehensionIterationTarget = false;
        for (int i = 1; i < clauses.Count; i++)
        {
            switch (clauses[i])
            {
                case ComprehensionIfClauseSyntax ifc:
                    VisitExpr(ifc.Condition, Ctx.Load);
                    break;
                case ComprehensionForClauseSyntax fc:
                    scope.InComprehensionIterationTarget = true;
                    VisitExpr(fc.Target, Ctx.Store);
                    scope.InComprehensionIterationTarget = false;
                    scope.ComprehensionIterableDepth++;
                    VisitExpr(fc.Iterable, Ctx.Load);
                    scope.ComprehensionIterableDepth--;
                    if (!fc.AsyncKeyword.IsNone)
                    {
                        scope.IsCoroutine = true;
                    }
                    break;
            }
        }
        // The value of a dict comprehension is visited before its key.
        VisitExpr(comp.Value, Ctx.Load);
        VisitExpr(comp.Element, Ctx.Load);
        if (isGenerator)
        {
            scope.IsGenerator = true;
        }
        bool isAsync = scope.IsCoroutine && !isGenerator;
        ExitScope();
        if (isAsync)
        {
            _current.IsCoroutine = true;
        }
    }

    /// <summary>CPython's location of a comprehension: its bracket, or the call's '(' for a bare generator argument.</summary>
    private static int ComprehensionStart(ComprehensionExpressionSyntax comp)
    {
        if (comp.OpenToken.IsNone && comp.Parent is ArgumentSyntax { Parent: { } list } && list.Parent is ArgumentListSyntax args)
        {
            return args.OpenParenToken.SpanStart;
        }
        if (comp.OpenToken.IsNone && comp.Parent?.Parent is ArgumentListSyntax args2)
        {
            return args2.OpenParenToken.SpanStart;
        }
        return comp.SpanStart;
    }

    // ------------------------------------------------------------------ patterns

    private void VisitPattern(PatternSyntax? pattern)
    {
        if (pattern is null)
        {
            return;
        }
        switch (pattern)
        {
            case ValuePatternSyntax v:
                VisitExpr(v.Value, Ctx.Load);
                break;
            case SingletonPatternSyntax:
                break;
            case CapturePatternSyntax cap:
                DefinePatternName(cap.Name);
                break;
            case AsPatternSyntax a:
                VisitPattern(a.Pattern);
                DefinePatternName(a.Name);
                break;
            case OrPatternSyntax o:
                foreach (var p in o.Patterns)
                {
                    VisitPattern(p);
                }
                break;
            case GroupPatternSyntax g:
                VisitPattern(g.Pattern);
                break;
            case SequencePatternSyntax s:
                foreach (var p in s.Patterns)
                {
                    VisitPattern(p);
                }
                break;
            case StarPatternSyntax star:
                DefinePatternName(star.Name);
                break;
            case MappingPatternSyntax m:
            {
                SyntaxToken rest = default;
                foreach (var el in m.Elements)
                {
                    if (el is KeyPatternSyntax kp)
                    {
                        VisitExpr(kp.Key, Ctx.Load);
                    }
                }
                foreach (var el in m.Elements)
                {
                    if (el is KeyPatternSyntax kp)
                    {
                        VisitPattern(kp.Pattern);
                    }
                    else if (el is DoubleStarPatternSyntax ds)
                    {
                        rest = ds.Name;
                    }
                }
                if (!rest.IsNone)
                {
                    DefinePatternName(rest);
                }
                break;
            }
            case ClassPatternSyntax c:
                VisitExpr(c.Class, Ctx.Load);
                foreach (var a in c.Arguments)
                {
                    if (a is PatternSyntax p)
                    {
                        VisitPattern(p);
                    }
                }
                foreach (var a in c.Arguments)
                {
                    if (a is KeywordPatternSyntax kw)
                    {
                        VisitPattern(kw.Pattern);
                    }
                }
                break;
        }
    }

    private void DefinePatternName(SyntaxToken name)
    {
        var declaration = name.Parent;
        if (name.IsNone || name.IsMissing || name.Text == "_")
        {
            return;
        }
        var n = NameOf(name);
        AddDef(n, SymbolFlags.Assigned, name.Span);
        RecordName(name, Mangle(_private, n), declaration);
    }
}
