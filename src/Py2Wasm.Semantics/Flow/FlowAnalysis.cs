using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// Structured flow analysis of each module, class and function body: which locals are definitely assigned at each
/// read (a read that may happen before assignment is an UnboundLocalError risk, PY1100), which statements can
/// never run (PY1104), and which names are defined nowhere (PY1101). States are sets of definitely assigned names;
/// <c>null</c> is "unreachable". Branches join by intersection; loops assume their body may run zero times.
/// </summary>
internal sealed class FlowAnalysis
{
    private readonly SymbolTable _table;
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly HashSet<(Scope, string)> _reported = new();
    private readonly bool _hasStarImport;
    private Scope _scope = null!;
    private readonly Stack<LoopContext> _loops = new();

    private sealed class LoopContext
    {
        public List<HashSet<string>> Breaks { get; } = new();
    }

    private static readonly HashSet<string> s_moduleAttributes = new(StringComparer.Ordinal)
    {
        "__name__", "__doc__", "__file__", "__spec__", "__loader__", "__package__", "__builtins__", "__path__",
        "__cached__", "__annotations__", "__dict__", "__module__", "__qualname__", "__class__",
    };

    private FlowAnalysis(SymbolTable table)
    {
        _table = table;
        _hasStarImport = table.Tree.GetRoot().Statements.OfType<SimpleStatementLineSyntax>()
            .SelectMany(l => l.Statements).OfType<ImportFromStatementSyntax>()
            .Any(f => f.Names.Any(a => a.Name.Parts.Count == 0 || a.Name.Parts[0].Identifier.Text == "*"));
    }

    public static IReadOnlyList<Diagnostic> Analyze(SymbolTable table, SemanticFacts facts)
    {
        _ = facts;
        var analysis = new FlowAnalysis(table);
        StackGuard.Run(() =>
        {
            foreach (var scope in table.Root.DescendantsAndSelf())
            {
                analysis.AnalyzeScope(scope);
            }
            return 0;
        });
        return analysis._diagnostics;
    }

    private void Report(SemanticErrorCode code, SyntaxNode node, params object[] args) =>
        _diagnostics.Add(Diagnostic.Create(SemanticDiagnostics.Get(code), _table.Tree.GetLocation(node.Span), args));

    private void AnalyzeScope(Scope scope)
    {
        _scope = scope;
        var state = new HashSet<string>(StringComparer.Ordinal);
        switch (scope.Node)
        {
            case CompilationUnitSyntax unit:
                Statements(unit.Statements, state);
                break;
            case ClassDefinitionSyntax cls:
                Block(cls.Body, state);
                break;
            case FunctionDefinitionSyntax def:
                foreach (var p in def.ParameterList.Parameters)
                {
                    if (!p.Name.IsNone)
                    {
                        state.Add(Name(p.Name));
                    }
                }
                Block(def.Body, state);
                break;
            case LambdaExpressionSyntax lambda:
                foreach (var p in lambda.ParameterList.Parameters)
                {
                    if (!p.Name.IsNone)
                    {
                        state.Add(Name(p.Name));
                    }
                }
                Eval(lambda.Body, state);
                break;
        }
    }

    private string Name(SyntaxToken token) => _table.TryGetName(token.SpanStart, out _, out var name) ? name : ScopeBinder.NameOf(token);

    // ------------------------------------------------------------------ statements

    private HashSet<string>? Block(BlockSyntax? block, HashSet<string>? state) => block is null ? state : Statements(block.Statements, state);

    private HashSet<string>? Statements(SyntaxList<StatementSyntax> statements, HashSet<string>? state)
    {
        foreach (var statement in statements)
        {
            if (state is null)
            {
                Report(SemanticErrorCode.UnreachableCode, statement);
                return null;
            }
            state = Statement(statement, state);
        }
        return state;
    }

    private static HashSet<string>? Join(IEnumerable<HashSet<string>?> states)
    {
        HashSet<string>? result = null;
        foreach (var s in states)
        {
            if (s is null)
            {
                continue;
            }
            if (result is null)
            {
                result = new HashSet<string>(s, StringComparer.Ordinal);
            }
            else
            {
                result.IntersectWith(s);
            }
        }
        return result;
    }

    private static HashSet<string> Copy(HashSet<string> s) => new(s, StringComparer.Ordinal);

    private HashSet<string>? Statement(StatementSyntax statement, HashSet<string> state)
    {
        if (!StackGuard.HasSufficientStack)
        {
            return StackGuard.RunOnLargeStack(() => Statement(statement, state));
        }
        switch (statement)
        {
            case SimpleStatementLineSyntax line:
            {
                HashSet<string>? current = state;
                foreach (var s in line.Statements)
                {
                    if (current is null)
                    {
                        Report(SemanticErrorCode.UnreachableCode, s);
                        return null;
                    }
                    current = Simple(s, current);
                }
                return current;
            }
            case FunctionDefinitionSyntax def:
                foreach (var d in def.Decorators)
                {
                    Eval(d.Expression, state);
                }
                foreach (var p in def.ParameterList.Parameters)
                {
                    Eval(p.Default, state);
                }
                state.Add(Name(def.Name));
                return state;
            case ClassDefinitionSyntax cls:
                foreach (var d in cls.Decorators)
                {
                    Eval(d.Expression, state);
                }
                if (cls.ArgumentList is { } args)
                {
                    foreach (var a in args.Arguments)
                    {
                        Eval(a.Expression, state);
                    }
                }
                state.Add(Name(cls.Name));
                return state;
            case IfStatementSyntax ifs:
            {
                var ends = new List<HashSet<string>?>();
                Eval(ifs.Condition, state);
                ends.Add(Block(ifs.Body, IsConstant(ifs.Condition, false) ? null : Copy(state)));
                var rest = IsConstant(ifs.Condition, true) ? null : state;
                foreach (var elif in ifs.ElifClauses)
                {
                    if (rest is null)
                    {
                        break;
                    }
                    Eval(elif.Condition, rest);
                    ends.Add(Block(elif.Body, Copy(rest)));
                }
                ends.Add(ifs.ElseClause is null ? rest : (rest is null ? null : Block(ifs.ElseClause.Body, Copy(rest))));
                return Join(ends);
            }
            case WhileStatementSyntax ws:
            {
                Eval(ws.Condition, state);
                var loop = new LoopContext();
                _loops.Push(loop);
                var bodyEnd = Block(ws.Body, Copy(state));
                _loops.Pop();
                bool infinite = IsConstant(ws.Condition, true);
                var normalExit = infinite ? null : Join(new[] { state, bodyEnd });
                if (normalExit is not null && ws.ElseClause is not null)
                {
                    normalExit = Block(ws.ElseClause.Body, normalExit);
                }
                return Join(loop.Breaks.Append(normalExit));
            }
            case ForStatementSyntax fs:
            {
                Eval(fs.Iterable, state);
                var bodyStart = Copy(state);
                Assign(fs.Target, bodyStart);
                var loop = new LoopContext();
                _loops.Push(loop);
                var bodyEnd = Block(fs.Body, bodyStart);
                _loops.Pop();
                var normalExit = Join(new[] { state, bodyEnd });
                if (normalExit is not null && fs.ElseClause is not null)
                {
                    normalExit = Block(fs.ElseClause.Body, normalExit);
                }
                return Join(loop.Breaks.Append(normalExit));
            }
            case TryStatementSyntax ts:
            {
                var bodyEnd = Block(ts.Body, Copy(state));
                if (bodyEnd is not null && ts.ElseClause is not null)
                {
                    bodyEnd = Block(ts.ElseClause.Body, bodyEnd);
                }
                var ends = new List<HashSet<string>?> { bodyEnd };
                foreach (var h in ts.ExceptClauses)
                {
                    // An exception may come from anywhere in the body: start from the state before it.
                    var handlerState = Copy(state);
                    Eval(h.Type, handlerState);
                    if (!h.Name.IsNone)
                    {
                        handlerState.Add(Name(h.Name));
                    }
                    var end = Block(h.Body, handlerState);
                    if (end is not null && !h.Name.IsNone)
                    {
                        end.Remove(Name(h.Name)); // 'except E as e' deletes e at the end of the handler
                    }
                    ends.Add(end);
                }
                var after = Join(ends);
                if (ts.FinallyClause is not null)
                {
                    var finallyEnd = Block(ts.FinallyClause.Body, Copy(state));
                    if (finallyEnd is null)
                    {
                        return null;
                    }
                    if (after is not null)
                    {
                        after.UnionWith(finallyEnd);
                    }
                }
                return after;
            }
            case WithStatementSyntax with:
                foreach (var item in with.Items)
                {
                    Eval(item.Expression, state);
                    if (item.Target is not null)
                    {
                        Assign(item.Target, state);
                    }
                }
                // Context managers that swallow exceptions are rare; the body is treated as straight-line code.
                return Block(with.Body, state);
            case MatchStatementSyntax match:
            {
                Eval(match.Subject, state);
                var ends = new List<HashSet<string>?>();
                bool irrefutable = false;
                foreach (var c in match.Cases)
                {
                    var caseState = Copy(state);
                    foreach (var node in c.Pattern.DescendantNodesAndTokens(includeSelf: true))
                    {
                        if (node.IsToken && node.AsToken() is { Kind: SyntaxKind.IdentifierToken } t && _table.TryGetName(t.SpanStart, out _, out var n))
                        {
                            caseState.Add(n);
                        }
                    }
                    if (c.Guard is not null)
                    {
                        Eval(c.Guard.Condition, caseState);
                    }
                    ends.Add(Block(c.Body, caseState));
                    if (c.Guard is null && c.Pattern is CapturePatternSyntax)
                    {
                        irrefutable = true;
                    }
                }
                if (!irrefutable)
                {
                    ends.Add(state);
                }
                return Join(ends);
            }
        }
        return state;
    }

    internal static bool IsConstant(ExpressionSyntax e, bool value)
    {
        while (e is ParenthesizedExpressionSyntax p)
        {
            e = p.Expression;
        }
        return e switch
        {
            LiteralExpressionSyntax { Kind: SyntaxKind.TrueLiteralExpression } => value,
            LiteralExpressionSyntax { Kind: SyntaxKind.FalseLiteralExpression } => !value,
            LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } lit => (lit.Token.Text is "0" or "0.0") != value,
            _ => false,
        };
    }

    private HashSet<string>? Simple(SimpleStatementSyntax statement, HashSet<string> state)
    {
        switch (statement)
        {
            case ExpressionStatementSyntax es:
                Eval(es.Expression, state);
                return state;
            case AssignmentStatementSyntax assign:
                Eval(assign.Value, state);
                foreach (var t in assign.Targets)
                {
                    Assign(t.Target, state);
                }
                return state;
            case AugmentedAssignmentStatementSyntax aug:
                Eval(aug.Value, state);
                if (aug.Target is IdentifierNameSyntax id)
                {
                    Read(id, state);
                }
                Assign(aug.Target, state);
                return state;
            case AnnotatedAssignmentStatementSyntax ann:
                if (ann.Value is not null)
                {
                    Eval(ann.Value, state);
                    Assign(ann.Target, state);
                }
                return state;
            case ReturnStatementSyntax ret:
                Eval(ret.Expression, state);
                return null;
            case RaiseStatementSyntax raise:
                Eval(raise.Exception, state);
                Eval(raise.Cause, state);
                return null;
            case BreakStatementSyntax:
                if (_loops.Count > 0)
                {
                    _loops.Peek().Breaks.Add(Copy(state));
                }
                return null;
            case ContinueStatementSyntax:
                return null;
            case DeleteStatementSyntax del:
                foreach (var t in del.Targets)
                {
                    if (t is IdentifierNameSyntax name)
                    {
                        Read(name, state);
                        state.Remove(Name(name.Identifier));
                    }
                    else
                    {
                        Eval(t, state);
                    }
                }
                return state;
            case AssertStatementSyntax assert:
                Eval(assert.Condition, state);
                Eval(assert.Message, state);
                return state;
            case ImportStatementSyntax import:
                foreach (var alias in import.Names)
                {
                    var token = !alias.AsName.IsNone ? alias.AsName : alias.Name.Parts.Count > 0 ? alias.Name.Parts[0].Identifier : default;
                    if (!token.IsNone)
                    {
                        state.Add(Name(token));
                    }
                }
                return state;
            case ImportFromStatementSyntax from:
                foreach (var alias in from.Names)
                {
                    var token = !alias.AsName.IsNone ? alias.AsName : alias.Name.Parts.Count > 0 ? alias.Name.Parts[0].Identifier : default;
                    if (!token.IsNone && token.Text != "*")
                    {
                        state.Add(Name(token));
                    }
                }
                return state;
            case TypeAliasStatementSyntax alias:
                state.Add(Name(alias.Name.Identifier));
                return state;
        }
        return state;
    }

    // ------------------------------------------------------------------ expressions

    private void Assign(ExpressionSyntax target, HashSet<string> state)
    {
        switch (target)
        {
            case IdentifierNameSyntax id:
                state.Add(Name(id.Identifier));
                break;
            case ParenthesizedExpressionSyntax p:
                Assign(p.Expression, state);
                break;
            case TupleExpressionSyntax t:
                foreach (var e in t.Elements)
                {
                    Assign(e, state);
                }
                break;
            case ListExpressionSyntax l:
                foreach (var e in l.Elements)
                {
                    Assign(e, state);
                }
                break;
            case StarredExpressionSyntax s:
                Assign(s.Expression, state);
                break;
            default:
                Eval(target, state);
                break;
        }
    }

    /// <summary>Evaluates an expression in source order: reads are checked, walrus targets become assigned.</summary>
    private void Eval(ExpressionSyntax? expression, HashSet<string> state)
    {
        if (expression is null)
        {
            return;
        }
        var stack = new Stack<SyntaxNode>();
        stack.Push(expression);
        var pendingWalrus = new Stack<(NamedExpressionSyntax Node, int End)>();
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            while (pendingWalrus.Count > 0 && node.SpanStart >= pendingWalrus.Peek().End)
            {
                state.Add(Name(pendingWalrus.Pop().Node.Name.Identifier));
            }
            switch (node)
            {
                case IdentifierNameSyntax id:
                    Read(id, state);
                    continue;
                case NamedExpressionSyntax named:
                    pendingWalrus.Push((named, named.Span.End));
                    stack.Push(named.Value);
                    continue;
                case LambdaExpressionSyntax lambda:
                    foreach (var p in lambda.ParameterList.Parameters.Reverse())
                    {
                        if (p.Default is not null)
                        {
                            stack.Push(p.Default);
                        }
                    }
                    continue;
                case ComprehensionExpressionSyntax comp:
                    if (comp.Clauses.Count > 0 && comp.Clauses[0] is ComprehensionForClauseSyntax first)
                    {
                        stack.Push(first.Iterable);
                    }
                    // Walrus targets inside bind in this scope (their value is evaluated later, maybe never).
                    foreach (var n in comp.DescendantNodes().OfType<NamedExpressionSyntax>())
                    {
                        if (_table.TryGetName(n.Name.Identifier.SpanStart, out var s, out _) && s.IsComprehension)
                        {
                            pendingWalrus.Push((n, comp.Span.End));
                        }
                    }
                    continue;
            }
            var children = node.ChildNodes().ToList();
            for (int i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
        while (pendingWalrus.Count > 0)
        {
            state.Add(Name(pendingWalrus.Pop().Node.Name.Identifier));
        }
    }

    private void Read(IdentifierNameSyntax id, HashSet<string> state)
    {
        if (!_table.TryGetName(id.Identifier.SpanStart, out var scope, out var name) || scope != _scope)
        {
            return;
        }
        var entry = scope.Lookup(name);
        if (entry is null)
        {
            return;
        }
        if (entry.Resolution == NameResolution.Local && scope.IsFunctionLike && scope.Kind == ScopeKind.Function
            && (entry.Flags & SymbolFlags.Bound) != 0 && !state.Contains(name))
        {
            if (_reported.Add((scope, name)))
            {
                Report(SemanticErrorCode.PossiblyUnboundLocal, id, name);
            }
            return;
        }
        if (entry.Resolution is NameResolution.GlobalImplicit or NameResolution.GlobalExplicit || (scope.Kind == ScopeKind.Module && (entry.Flags & SymbolFlags.Bound) == 0)
            || (scope.Kind == ScopeKind.Class && (entry.Flags & SymbolFlags.Bound) == 0))
        {
            var module = _table.Root.Lookup(name);
            bool definedInModule = module is not null && (module.Flags & (SymbolFlags.Bound | SymbolFlags.DeclaredGlobal)) != 0
                && (module.Flags & SymbolFlags.Bound) != 0 || HasGlobalAssignment(name);
            if (!definedInModule && !BuiltinNames.All.Contains(name) && !s_moduleAttributes.Contains(name) && !_hasStarImport
                && _reported.Add((_table.Root, name)))
            {
                Report(SemanticErrorCode.UndefinedName, id, name);
            }
        }
    }

    /// <summary>A name some function assigns after declaring it global.</summary>
    private bool HasGlobalAssignment(string name) =>
        _table.Root.DescendantsAndSelf().Any(s => s.Lookup(name) is { } e && (e.Flags & SymbolFlags.DeclaredGlobal) != 0 && (e.Flags & SymbolFlags.Assigned) != 0);
}
