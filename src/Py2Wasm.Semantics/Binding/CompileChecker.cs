using Microsoft.CodeAnalysis.Text;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// The SyntaxErrors CPython's compiler (compile.c and future.c) raises after parsing and symtable: statements in the
/// wrong kind of scope, break/continue outside loops, async constructs outside async functions, __debug__
/// assignments, repeated keywords, starred expressions in the wrong place, future imports, unreachable match cases.
/// Needs the scopes built by <see cref="ScopeBinder"/>.
/// </summary>
internal sealed partial class CompileChecker
{
    private readonly PythonSyntaxTree _tree;
    private readonly Dictionary<SyntaxNode, Scope> _scopeOfNode;
    private readonly List<Diagnostic> _diagnostics;
    private Scope _scope;
    private int _loopDepth;
    /// <summary>The loop depth where the innermost enclosing <c>except*</c> body of this scope began, or -1: break/continue there cannot leave it.</summary>
    private int _exceptStarLoopDepth = -1;
    /// <summary>How many <c>except*</c> bodies of this scope enclose the statement: a return there cannot leave them.</summary>
    private int _exceptStarDepth;
    private int _lastLeadingFutureLine;

    private CompileChecker(PythonSyntaxTree tree, Dictionary<SyntaxNode, Scope> scopeOfNode, List<Diagnostic> diagnostics)
    {
        _tree = tree;
        _scopeOfNode = scopeOfNode;
        _diagnostics = diagnostics;
        _scope = scopeOfNode[tree.GetRoot()];
    }

    public static void Check(PythonSyntaxTree tree, Dictionary<SyntaxNode, Scope> scopeOfNode, List<Diagnostic> diagnostics)
    {
        var checker = new CompileChecker(tree, scopeOfNode, diagnostics);
        var root = tree.GetRoot();
        checker.CheckFutureImports(root);
        StackGuard.Run(() =>
        {
            checker.Statements(root.Statements);
            return 0;
        });
    }

    private void Report(SemanticErrorCode code, TextSpan span, params object[] args) =>
        _diagnostics.Add(Diagnostic.Create(SemanticDiagnostics.Get(code), _tree.GetLocation(span), args));

    private int LineOf(int position) => _tree.Text.Lines.GetLineFromPosition(position).LineNumber + 1;

    // ------------------------------------------------------------------ future

    private void CheckFutureImports(CompilationUnitSyntax root)
    {
        var leading = FutureFeatures.Leading(root);
        int lastLine = 0;
        foreach (var from in leading)
        {
            foreach (var alias in from.Names)
            {
                var feature = alias.Name.Parts.Count == 1 ? alias.Name.Parts[0].Identifier.Text : "*";
                if (FutureFeatures.Known.Contains(feature))
                {
                    continue;
                }
                Report(SemanticErrorCode.UnknownFutureFeature, from.Span, feature == "braces" ? "not a chance" : $"future feature {feature} is not defined");
            }
            lastLine = LineOf(from.SpanStart);
        }
        // Future imports on later lines are reported by the statement walk (SimpleStatement).
        _lastLeadingFutureLine = lastLine;
        CheckLateFutureImportOnSameLine(root);
    }

    /// <summary>
    /// future.c also rejects a future import that follows another statement on the same line as it
    /// (<c>import string; from __future__ import x</c>): it stops scanning only at a statement on a later line.
    /// </summary>
    private void CheckLateFutureImportOnSameLine(CompilationUnitSyntax root)
    {
        bool done = false, first = true;
        int previousLine = 0;
        foreach (var statement in root.Statements)
        {
            var simple = statement is SimpleStatementLineSyntax line ? line.Statements.AsEnumerable<SyntaxNode>() : new SyntaxNode[] { statement };
            foreach (var s in simple)
            {
                int lineNumber = LineOf(s.SpanStart);
                if (done && lineNumber > previousLine)
                {
                    return;
                }
                previousLine = lineNumber;
                if (s is ImportFromStatementSyntax from && FutureFeatures.IsFutureImport(from))
                {
                    if (done)
                    {
                        Report(SemanticErrorCode.FutureImportNotFirst, from.Span);
                        return;
                    }
                }
                else if (!(first && s is ExpressionStatementSyntax { Expression: LiteralExpressionSyntax { Kind: SyntaxKind.StringLiteralExpression } }))
                {
                    done = true;
                }
                first = false;
            }
        }
    }

    // ------------------------------------------------------------------ statements

    private void Statements(SyntaxList<StatementSyntax> statements)
    {
        foreach (var s in statements)
        {
            Statement(s);
        }
    }

    private void Block(BlockSyntax? block)
    {
        if (block is not null)
        {
            Statements(block.Statements);
        }
    }

    private void LoopBody(BlockSyntax body)
    {
        _loopDepth++;
        Block(body);
        _loopDepth--;
    }

    /// <summary>Enters the scope <paramref name="node"/> opens (loops outside it do not count); returns what <see cref="ExitScope"/> restores.</summary>
    private (Scope Scope, int LoopDepth, int StarLoopDepth, int StarDepth) EnterScope(SyntaxNode node)
    {
        var saved = (_scope, _loopDepth, _exceptStarLoopDepth, _exceptStarDepth);
        if (_scopeOfNode.TryGetValue(node, out var scope))
        {
            _scope = scope;
        }
        _loopDepth = 0;
        _exceptStarLoopDepth = -1;
        _exceptStarDepth = 0;
        return saved;
    }

    private void ExitScope((Scope Scope, int LoopDepth, int StarLoopDepth, int StarDepth) saved) =>
        (_scope, _loopDepth, _exceptStarLoopDepth, _exceptStarDepth) = saved;

    /// <summary>A break/continue whose innermost loop is outside an <c>except*</c> body (CPython's compiler rejects it).</summary>
    private bool JumpLeavesExceptStar => _exceptStarLoopDepth >= 0 && _loopDepth == _exceptStarLoopDepth;

    private void Statement(StatementSyntax statement)
    {
        if (!StackGuard.HasSufficientStack)
        {
            StackGuard.RunOnLargeStack(Statement, statement);
            return;
        }
        switch (statement)
        {
            case SimpleStatementLineSyntax line:
                SimpleStatementLine(line);
                break;
            case FunctionDefinitionSyntax def:
                CheckDebugName(def.Name);
                foreach (var d in def.Decorators)
                {
                    Expr(d.Expression);
                }
                Parameters(def.ParameterList);
                Expr(def.ReturnAnnotation);
                var savedDef = EnterScope(def);
                Block(def.Body);
                ExitScope(savedDef);
                break;
            case ClassDefinitionSyntax cls:
                CheckDebugName(cls.Name);
                foreach (var d in cls.Decorators)
                {
                    Expr(d.Expression);
                }
                if (cls.ArgumentList is { } args)
                {
                    Arguments(args);
                }
                var savedClass = EnterScope(cls);
                Block(cls.Body);
                ExitScope(savedClass);
                break;
            case IfStatementSyntax ifs:
                Expr(ifs.Condition);
                Block(ifs.Body);
                foreach (var elif in ifs.ElifClauses)
                {
                    Expr(elif.Condition);
                    Block(elif.Body);
                }
                Block(ifs.ElseClause?.Body);
                break;
            case WhileStatementSyntax ws:
                Expr(ws.Condition);
                LoopBody(ws.Body);
                Block(ws.ElseClause?.Body);
                break;
            case ForStatementSyntax fs:
                if (!fs.AsyncKeyword.IsNone && !_scope.IsAsyncFunction)
                {
                    Report(SemanticErrorCode.AsyncOutsideAsyncFunction, fs.Span, "'async for' outside async function");
                }
                Target(fs.Target, isDelete: false);
                Expr(fs.Iterable);
                LoopBody(fs.Body);
                Block(fs.ElseClause?.Body);
                break;
            case TryStatementSyntax ts:
                Block(ts.Body);
                foreach (var h in ts.ExceptClauses)
                {
                    Expr(h.Type);
                    CheckDebugName(h.Name);
                    if (h.StarToken.IsNone)
                    {
                        Block(h.Body);
                        continue;
                    }
                    var savedStar = (_exceptStarLoopDepth, _exceptStarDepth);
                    (_exceptStarLoopDepth, _exceptStarDepth) = (_loopDepth, _exceptStarDepth + 1);
                    Block(h.Body);
                    (_exceptStarLoopDepth, _exceptStarDepth) = savedStar;
                }
                Block(ts.ElseClause?.Body);
                Block(ts.FinallyClause?.Body);
                break;
            case WithStatementSyntax with:
                if (!with.AsyncKeyword.IsNone && !_scope.IsAsyncFunction)
                {
                    Report(SemanticErrorCode.AsyncOutsideAsyncFunction, with.Span, "'async with' outside async function");
                }
                foreach (var item in with.Items)
                {
                    Expr(item.Expression);
                    if (item.Target is not null)
                    {
                        Target(item.Target, isDelete: false);
                    }
                }
                Block(with.Body);
                break;
            case MatchStatementSyntax match:
                Expr(match.Subject);
                Match(match);
                break;
        }
    }

    private void SimpleStatement(SimpleStatementSyntax statement)
    {
        switch (statement)
        {
            case ExpressionStatementSyntax es:
                Expr(es.Expression);
                break;
            case AssignmentStatementSyntax assign:
                foreach (var t in assign.Targets)
                {
                    Target(t.Target, isDelete: false);
                }
                Expr(assign.Value);
                break;
            case AugmentedAssignmentStatementSyntax aug:
                Target(aug.Target, isDelete: false);
                Expr(aug.Value);
                break;
            case AnnotatedAssignmentStatementSyntax ann:
                Target(ann.Target, isDelete: false);
                Expr(ann.Annotation);
                Expr(ann.Value);
                break;
            case ReturnStatementSyntax ret:
                if (!_scope.IsFunctionLike)
                {
                    Report(SemanticErrorCode.ReturnOutsideFunction, ret.Span);
                }
                else if (_exceptStarDepth > 0)
                {
                    Report(SemanticErrorCode.JumpInExceptStar, ret.Span);
                }
                else if (ret.Expression is not null && _scope.IsCoroutine && _scope.IsGenerator)
                {
                    Report(SemanticErrorCode.ReturnValueInAsyncGenerator, ret.Span);
                }
                Expr(ret.Expression);
                break;
            case BreakStatementSyntax brk:
                if (JumpLeavesExceptStar)
                {
                    Report(SemanticErrorCode.JumpInExceptStar, brk.Span);
                }
                else if (_loopDepth == 0)
                {
                    Report(SemanticErrorCode.BreakOutsideLoop, brk.Span);
                }
                break;
            case ContinueStatementSyntax cont:
                if (JumpLeavesExceptStar)
                {
                    Report(SemanticErrorCode.JumpInExceptStar, cont.Span);
                }
                else if (_loopDepth == 0)
                {
                    Report(SemanticErrorCode.ContinueOutsideLoop, cont.Span);
                }
                break;
            case RaiseStatementSyntax raise:
                Expr(raise.Exception);
                Expr(raise.Cause);
                break;
            case DeleteStatementSyntax del:
                foreach (var t in del.Targets)
                {
                    Target(t, isDelete: true);
                }
                break;
            case AssertStatementSyntax assert:
                Expr(assert.Condition);
                Expr(assert.Message);
                break;
            case ImportStatementSyntax import:
                foreach (var alias in import.Names)
                {
                    if (!alias.AsName.IsNone)
                    {
                        CheckDebugName(alias.AsName);
                    }
                    else if (alias.Name.Parts.Count > 0)
                    {
                        CheckDebugName(alias.Name.Parts[0].Identifier);
                    }
                }
                break;
            case ImportFromStatementSyntax from:
                if (FutureFeatures.IsFutureImport(from) && LineOf(from.SpanStart) > _lastLeadingFutureLine)
                {
                    Report(SemanticErrorCode.FutureImportNotFirst, from.Span);
                }
                foreach (var alias in from.Names)
                {
                    if (!alias.AsName.IsNone)
                    {
                        CheckDebugName(alias.AsName);
                    }
                    else if (alias.Name.Parts.Count == 1)
                    {
                        CheckDebugName(alias.Name.Parts[0].Identifier);
                    }
                }
                break;
            case TypeAliasStatementSyntax alias:
                CheckDebugName(alias.Name.Identifier);
                Expr(alias.Value);
                break;
        }
    }

    private void Parameters(ParameterListSyntax list)
    {
        foreach (var p in list.Parameters)
        {
            CheckDebugName(p.Name);
            Expr(p.Annotation, starAllowed: p.Kind == SyntaxKind.StarParameter); // PEP 646: *args: *Ts
            Expr(p.Default);
        }
    }

    private void CheckDebugName(SyntaxToken name, bool delete = false)
    {
        if (!name.IsNone && name.Text == "__debug__")
        {
            Report(SemanticErrorCode.DebugAssignment, name.Span, delete ? "delete" : "assign to");
        }
    }

    // ------------------------------------------------------------------ targets

    private void Target(ExpressionSyntax target, bool isDelete)
    {
        switch (target)
        {
            case ParenthesizedExpressionSyntax p:
                Target(p.Expression, isDelete);
                break;
            case IdentifierNameSyntax id:
                CheckDebugName(id.Identifier, isDelete);
                break;
            case MemberAccessExpressionSyntax m:
                if (!isDelete)
                {
                    CheckDebugName(m.Name);
                }
                Expr(m.Expression);
                break;
            case SubscriptExpressionSyntax s:
                Expr(s.Expression);
                Expr(s.Index, starAllowed: true);
                break;
            case TupleExpressionSyntax t:
                SequenceTarget(t, t.Elements, isDelete);
                break;
            case ListExpressionSyntax l:
                SequenceTarget(l, l.Elements, isDelete);
                break;
            case StarredExpressionSyntax star:
                if (!isDelete)
                {
                    Report(SemanticErrorCode.StarredTargetOutsideSequence, star.Span);
                }
                Target(star.Expression, isDelete);
                break;
            default:
                Expr(target);
                break;
        }
    }

    private void SequenceTarget(ExpressionSyntax node, SeparatedSyntaxList<ExpressionSyntax> elements, bool isDelete)
    {
        int stars = 0;
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i] is StarredExpressionSyntax star)
            {
                stars++;
                if (stars == 2 && !isDelete)
                {
                    Report(SemanticErrorCode.MultipleStarredTargets, node.Span);
                }
                if (stars == 1 && !isDelete && i >= 256)
                {
                    Report(SemanticErrorCode.TooManyStarUnpackTargets, node.Span);
                }
                Target(star.Expression, isDelete);
            }
            else
            {
                Target(elements[i], isDelete);
            }
        }
    }

    // ------------------------------------------------------------------ expressions

    private void Arguments(ArgumentListSyntax args)
    {
        // Most calls have no or one keyword argument: the set for repeated keywords is made only when needed.
        HashSet<string>? seen = null;
        string? firstKeyword = null;
        foreach (var a in args.Arguments)
        {
            if (!a.Name.IsNone)
            {
                CheckDebugName(a.Name);
                var name = PyIdentifier.Normalize(a.Name.Text);
                if (firstKeyword is null)
                {
                    firstKeyword = name;
                }
                else if (!(seen ??= new HashSet<string>(StringComparer.Ordinal) { firstKeyword }).Add(name))
                {
                    Report(SemanticErrorCode.KeywordArgumentRepeated, a.Span, name);
                }
            }
            Expr(a.Expression, starAllowed: a.StarToken.IsNone ? false : true);
        }
    }

    private void ExprCore(ExpressionSyntax e, bool starAllowed)
    {
        switch (e)
        {
            case IdentifierNameSyntax or LiteralExpressionSyntax:
                return;
            case ParenthesizedExpressionSyntax p:
                Expr(p.Expression);
                return;
            case StarredExpressionSyntax star:
                if (!starAllowed)
                {
                    Report(SemanticErrorCode.StarredExpressionNotAllowed, star.Span);
                }
                Expr(star.Expression);
                return;
            case TupleExpressionSyntax t:
                foreach (var x in t.Elements)
                {
                    Expr(x, starAllowed: true);
                }
                return;
            case ListExpressionSyntax l:
                foreach (var x in l.Elements)
                {
                    Expr(x, starAllowed: true);
                }
                return;
            case SetExpressionSyntax s:
                foreach (var x in s.Elements)
                {
                    Expr(x, starAllowed: true);
                }
                return;
            case SubscriptExpressionSyntax sub:
                Expr(sub.Expression);
                Expr(sub.Index, starAllowed: true);
                return;
            case CallExpressionSyntax call:
                Expr(call.Expression);
                Arguments(call.ArgumentList);
                return;
            case NamedExpressionSyntax named:
                CheckDebugName(named.Name.Identifier);
                Expr(named.Value);
                return;
            case AwaitExpressionSyntax aw:
                if (!_scope.IsFunctionLike)
                {
                    Report(SemanticErrorCode.AwaitOutsideFunction, aw.Span);
                }
                else if (!_scope.IsAsyncFunction && !_scope.IsComprehension)
                {
                    Report(SemanticErrorCode.AsyncOutsideAsyncFunction, aw.Span, "'await' outside async function");
                }
                Expr(aw.Expression);
                return;
            case YieldExpressionSyntax y:
                if (!_scope.IsFunctionLike)
                {
                    Report(SemanticErrorCode.YieldOutsideFunction, y.Span);
                }
                Expr(y.Expression, starAllowed: false);
                return;
            case YieldFromExpressionSyntax yf:
                if (!_scope.IsFunctionLike)
                {
                    Report(SemanticErrorCode.YieldOutsideFunction, yf.Span);
                }
                else if (_scope.IsAsyncFunction)
                {
                    Report(SemanticErrorCode.YieldFromInAsyncFunction, yf.Span);
                }
                Expr(yf.Expression);
                return;
            case LambdaExpressionSyntax lambda:
                Parameters(lambda.ParameterList);
                var savedLambda = EnterScope(lambda);
                Expr(lambda.Body);
                ExitScope(savedLambda);
                return;
            case ComprehensionExpressionSyntax comp:
                Comprehension(comp);
                return;
            case MemberAccessExpressionSyntax m:
                Expr(m.Expression);
                return;
            case DictExpressionSyntax d:
                foreach (var el in d.Elements)
                {
                    switch (el)
                    {
                        case KeyValueElementSyntax kv:
                            Expr(kv.Key);
                            Expr(kv.Value);
                            break;
                        case DictUnpackElementSyntax du:
                            Expr(du.Expression);
                            break;
                    }
                }
                return;
            case UnaryExpressionSyntax u:
                Expr(u.Operand);
                return;
            case ComparisonExpressionSyntax c:
                Expr(c.Left);
                foreach (var op in c.Comparisons)
                {
                    Expr(op.Right);
                }
                return;
            case ConditionalExpressionSyntax cond:
                Expr(cond.Condition);
                Expr(cond.WhenTrue);
                Expr(cond.WhenFalse);
                return;
            case SliceExpressionSyntax slice:
                Expr(slice.Lower);
                Expr(slice.Upper);
                Expr(slice.Step);
                return;
            case FStringExpressionSyntax f:
                FStringContents(f.Contents);
                return;
            case ConcatenatedStringExpressionSyntax cs:
                foreach (var x in cs.Strings)
                {
                    Expr(x);
                }
                return;
        }
    }

    private void FStringContents(SyntaxList<FStringContentSyntax> contents)
    {
        foreach (var c in contents)
        {
            if (c is FStringInterpolationSyntax i)
            {
                Expr(i.Expression);
                if (i.FormatSpecifier is { } spec)
                {
                    FStringContents(spec.Contents);
                }
            }
        }
    }

    private void Comprehension(ComprehensionExpressionSyntax comp)
    {
        var clauses = comp.Clauses;
        if (clauses.Count > 0 && clauses[0] is ComprehensionForClauseSyntax first)
        {
            Expr(first.Iterable);
        }
        var enclosing = _scope;
        var saved = EnterScope(comp);
        var scope = _scope;
        if (comp.Kind != SyntaxKind.GeneratorExpression && scope.IsCoroutine
            && !enclosing.IsAsyncFunction && !enclosing.IsComprehension)
        {
            Report(SemanticErrorCode.AsyncOutsideAsyncFunction, comp.Span, "asynchronous comprehension outside of an asynchronous function");
        }
        for (int i = 0; i < clauses.Count; i++)
        {
            switch (clauses[i])
            {
                case ComprehensionForClauseSyntax f:
                    Target(f.Target, isDelete: false);
                    if (i > 0)
                    {
                        Expr(f.Iterable);
                    }
                    break;
                case ComprehensionIfClauseSyntax c:
                    Expr(c.Condition);
                    break;
            }
        }
        Expr(comp.Element);
        Expr(comp.Value);
        ExitScope(saved);
    }

    // ------------------------------------------------------------------ match

    private void Match(MatchStatementSyntax match)
    {
        var cases = match.Cases;
        for (int i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            bool allowIrrefutable = c.Guard is not null || i == cases.Count - 1;
            var stores = new List<string>();
            Pattern(c.Pattern, allowIrrefutable, stores);
            Expr(c.Guard?.Condition);
            Block(c.Body);
        }
    }

    private void Store(SyntaxToken name, List<string> stores)
    {
        if (name.IsNone || name.IsMissing || name.Text == "_")
        {
            return;
        }
        CheckDebugName(name);
        var n = PyIdentifier.Normalize(name.Text);
        if (stores.Contains(n))
        {
            Report(SemanticErrorCode.InvalidPatternBinding, name.Span, $"multiple assignments to name '{n}' in pattern");
            return;
        }
        stores.Add(n);
    }

    private void Pattern(PatternSyntax? pattern, bool allowIrrefutable, List<string> stores)
    {
        switch (pattern)
        {
            case null:
                return;
            case CapturePatternSyntax cap:
                if (!allowIrrefutable)
                {
                    Report(SemanticErrorCode.UnreachablePattern, cap.Span,
                        cap.Name.Text == "_" ? "wildcard" : $"name capture '{cap.Name.Text}'");
                    return;
                }
                Store(cap.Name, stores);
                return;
            case AsPatternSyntax a:
                Pattern(a.Pattern, allowIrrefutable, stores);
                Store(a.Name, stores);
                return;
            case GroupPatternSyntax g:
                Pattern(g.Pattern, allowIrrefutable, stores);
                return;
            case OrPatternSyntax o:
            {
                List<string>? first = null;
                for (int i = 0; i < o.Patterns.Count; i++)
                {
                    var alt = new List<string>(stores);
                    Pattern(o.Patterns[i], i == o.Patterns.Count - 1 && allowIrrefutable, alt);
                    var added = alt.Skip(stores.Count).ToList();
                    if (first is null)
                    {
                        first = added;
                    }
                    else if (!new HashSet<string>(first).SetEquals(added))
                    {
                        Report(SemanticErrorCode.InvalidPatternBinding, o.Span, "alternative patterns bind different names");
                        return;
                    }
                }
                if (first is not null)
                {
                    stores.AddRange(first);
                }
                return;
            }
            case SequencePatternSyntax s:
                foreach (var p in s.Patterns)
                {
                    Pattern(p, allowIrrefutable: true, stores);
                }
                return;
            case StarPatternSyntax star:
                Store(star.Name, stores);
                return;
            case MappingPatternSyntax m:
                foreach (var el in m.Elements)
                {
                    if (el is KeyPatternSyntax kp)
                    {
                        Pattern(kp.Pattern, allowIrrefutable: true, stores);
                    }
                    else if (el is DoubleStarPatternSyntax ds)
                    {
                        Store(ds.Name, stores);
                    }
                }
                return;
            case ClassPatternSyntax cls:
            {
                var attrs = new HashSet<string>(StringComparer.Ordinal);
                foreach (var a in cls.Arguments)
                {
                    if (a is KeywordPatternSyntax kw)
                    {
                        CheckDebugName(kw.Name);
                        if (!attrs.Add(kw.Name.Text))
                        {
                            Report(SemanticErrorCode.InvalidPatternBinding, kw.Name.Span, $"attribute name repeated in class pattern: {kw.Name.Text}");
                        }
                    }
                }
                foreach (var a in cls.Arguments)
                {
                    if (a is PatternSyntax p)
                    {
                        Pattern(p, allowIrrefutable: true, stores);
                    }
                }
                foreach (var a in cls.Arguments)
                {
                    if (a is KeywordPatternSyntax kw)
                    {
                        Pattern(kw.Pattern, allowIrrefutable: true, stores);
                    }
                }
                return;
            }
            case ValuePatternSyntax v:
                Expr(v.Value);
                return;
        }
    }
}
