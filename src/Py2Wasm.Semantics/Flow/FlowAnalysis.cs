using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// Flow analysis of each module, class, function and lambda body over its <see cref="ControlFlowGraph"/>: which
/// locals are definitely assigned at each read (a read that may happen before assignment is an UnboundLocalError
/// risk, PY1100), which statements can never run (PY1104), and which names are defined nowhere (PY1101). States are
/// sets of definitely assigned names at block entries, joined by intersection over the incoming edges until stable.
/// </summary>
internal sealed class FlowAnalysis
{
    private readonly SymbolTable _table;
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly Dictionary<(Scope, string), (SemanticErrorCode Code, IdentifierNameSyntax Node)> _reported = new();
    private readonly bool _hasStarImport;
    private readonly SemanticFacts _facts;
    private Scope _scope = null!;
    private bool _reporting;

    private static readonly HashSet<string> s_moduleAttributes = new(StringComparer.Ordinal)
    {
        "__name__", "__doc__", "__file__", "__spec__", "__loader__", "__package__", "__builtins__", "__path__",
        "__cached__", "__annotations__", "__dict__", "__module__", "__qualname__", "__class__",
    };

    private FlowAnalysis(SymbolTable table, SemanticFacts facts)
    {
        _table = table;
        _facts = facts;
        _hasStarImport = table.Tree.GetRoot().Statements.OfType<SimpleStatementLineSyntax>()
            .SelectMany(l => l.Statements).OfType<ImportFromStatementSyntax>()
            .Any(f => f.Names.Any(a => a.Name.Parts.Count == 0 || a.Name.Parts[0].Identifier.Text == "*"));
    }

    public static IReadOnlyList<Diagnostic> Analyze(SymbolTable table, SemanticFacts facts)
    {
        var analysis = new FlowAnalysis(table, facts);
        StackGuard.Run(() =>
        {
            foreach (var scope in table.Root.DescendantsAndSelf())
            {
                analysis.AnalyzeScope(scope);
            }
            return 0;
        });
        // Each name is reported once, at its first problematic read.
        foreach (var ((_, name), (code, node)) in analysis._reported)
        {
            analysis.Report(code, node, name);
        }
        return analysis._diagnostics;
    }

    private void Report(SemanticErrorCode code, SyntaxNode node, params object[] args) =>
        _diagnostics.Add(Diagnostic.Create(SemanticDiagnostics.Get(code), _table.Tree.GetLocation(node.Span), args));

    private void AnalyzeScope(Scope scope)
    {
        _scope = scope;
        var owner = scope.Node;
        if (owner is not (CompilationUnitSyntax or ClassDefinitionSyntax or FunctionDefinitionSyntax or LambdaExpressionSyntax))
        {
            return;
        }
        var graph = _facts.Graph(owner);
        var initial = new HashSet<string>(StringComparer.Ordinal);
        var parameters = owner switch
        {
            FunctionDefinitionSyntax def => def.ParameterList.Parameters,
            LambdaExpressionSyntax lambda => lambda.ParameterList.Parameters,
            _ => default,
        };
        foreach (var p in parameters)
        {
            if (!p.Name.IsNone)
            {
                initial.Add(Name(p.Name));
            }
        }

        // Definitely assigned names at each block's entry: a forward analysis joining by intersection.
        var entries = new HashSet<string>?[graph.Blocks.Length];
        entries[graph.Entry.Ordinal] = initial;
        var queued = new bool[graph.Blocks.Length];
        var work = new Queue<BasicBlock>();
        work.Enqueue(graph.Entry);
        queued[graph.Entry.Ordinal] = true;
        _reporting = false;
        while (work.Count > 0)
        {
            var block = work.Dequeue();
            queued[block.Ordinal] = false;
            var state = Copy(entries[block.Ordinal]!);
            foreach (var element in block.Elements)
            {
                Transfer(element, state);
            }
            foreach (var edge in block.Successors)
            {
                var target = edge.Destination.Ordinal;
                bool changed;
                if (entries[target] is null)
                {
                    entries[target] = Copy(state);
                    changed = true;
                }
                else
                {
                    int before = entries[target]!.Count;
                    entries[target]!.IntersectWith(state);
                    changed = entries[target]!.Count != before;
                }
                if (changed && !queued[target])
                {
                    queued[target] = true;
                    work.Enqueue(edge.Destination);
                }
            }
        }

        // Reads against the final states (reachable blocks only).
        _reporting = true;
        foreach (var block in graph.Blocks)
        {
            if (entries[block.Ordinal] is not { } entry)
            {
                continue;
            }
            var state = Copy(entry);
            foreach (var element in block.Elements)
            {
                Transfer(element, state);
            }
        }
        _reporting = false;

        // Unreachable code: the first unreachable statement of each statement list whose owner is reachable.
        switch (owner)
        {
            case CompilationUnitSyntax unit:
                Unreachable(graph, unit.Statements);
                break;
            case ClassDefinitionSyntax cls:
                Unreachable(graph, cls.Body.Statements);
                break;
            case FunctionDefinitionSyntax def:
                Unreachable(graph, def.Body.Statements);
                break;
        }
    }

    private void Unreachable(ControlFlowGraph graph, SyntaxList<StatementSyntax> statements)
    {
        foreach (var statement in statements)
        {
            if (statement is SimpleStatementLineSyntax line)
            {
                for (int i = 0; i < line.Statements.Count; i++)
                {
                    if (!graph.IsReachable(line.Statements[i]))
                    {
                        Report(SemanticErrorCode.UnreachableCode, i == 0 ? line : line.Statements[i]);
                        return;
                    }
                }
                continue;
            }
            if (!graph.IsReachable(statement))
            {
                Report(SemanticErrorCode.UnreachableCode, statement);
                return;
            }
            switch (statement)
            {
                case IfStatementSyntax ifs:
                    Unreachable(graph, ifs.Body.Statements);
                    foreach (var elif in ifs.ElifClauses)
                    {
                        Unreachable(graph, elif.Body.Statements);
                    }
                    UnreachableElse(graph, ifs.ElseClause);
                    break;
                case WhileStatementSyntax ws:
                    Unreachable(graph, ws.Body.Statements);
                    UnreachableElse(graph, ws.ElseClause);
                    break;
                case ForStatementSyntax fs:
                    Unreachable(graph, fs.Body.Statements);
                    UnreachableElse(graph, fs.ElseClause);
                    break;
                case TryStatementSyntax ts:
                    Unreachable(graph, ts.Body.Statements);
                    foreach (var h in ts.ExceptClauses)
                    {
                        Unreachable(graph, h.Body.Statements);
                    }
                    UnreachableElse(graph, ts.ElseClause);
                    if (ts.FinallyClause is not null)
                    {
                        Unreachable(graph, ts.FinallyClause.Body.Statements);
                    }
                    break;
                case WithStatementSyntax with:
                    Unreachable(graph, with.Body.Statements);
                    break;
                case MatchStatementSyntax match:
                    foreach (var c in match.Cases)
                    {
                        Unreachable(graph, c.Body.Statements);
                    }
                    break;
            }
        }
    }

    private void UnreachableElse(ControlFlowGraph graph, ElseClauseSyntax? clause)
    {
        if (clause is not null)
        {
            Unreachable(graph, clause.Body.Statements);
        }
    }

    private static HashSet<string> Copy(HashSet<string> s) => new(s, StringComparer.Ordinal);

    private string Name(SyntaxToken token) => _table.TryGetName(token.SpanStart, out _, out var name) ? name : ScopeBinder.NameOf(token);

    private void Transfer(FlowElement element, HashSet<string> state)
    {
        switch (element.Kind)
        {
            case FlowElementKind.Statement:
                Simple((SimpleStatementSyntax)element.Node, state);
                break;
            case FlowElementKind.Evaluate:
                Eval((ExpressionSyntax)element.Node, state);
                break;
            case FlowElementKind.Assign:
                Assign((ExpressionSyntax)element.Node, state);
                break;
            case FlowElementKind.Bind:
                state.Add(Name(element.Node switch
                {
                    FunctionDefinitionSyntax def => def.Name,
                    ClassDefinitionSyntax cls => cls.Name,
                    _ => ((ExceptClauseSyntax)element.Node).Name,
                }));
                break;
            case FlowElementKind.Unbind:
                state.Remove(Name(((ExceptClauseSyntax)element.Node).Name));
                break;
            case FlowElementKind.Pattern:
                foreach (var node in element.Node.DescendantNodesAndTokens(includeSelf: true))
                {
                    if (node.IsToken && node.AsToken() is { Kind: SyntaxKind.IdentifierToken } t && _table.TryGetName(t.SpanStart, out _, out var n))
                    {
                        state.Add(n);
                    }
                }
                break;
        }
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
        if (!_reporting)
        {
            return;
        }
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
            Candidate((scope, name), SemanticErrorCode.PossiblyUnboundLocal, id);
            return;
        }
        if (entry.Resolution is NameResolution.GlobalImplicit or NameResolution.GlobalExplicit || (scope.Kind == ScopeKind.Module && (entry.Flags & SymbolFlags.Bound) == 0)
            || (scope.Kind == ScopeKind.Class && (entry.Flags & SymbolFlags.Bound) == 0))
        {
            var module = _table.Root.Lookup(name);
            bool definedInModule = module is not null && (module.Flags & (SymbolFlags.Bound | SymbolFlags.DeclaredGlobal)) != 0
                && (module.Flags & SymbolFlags.Bound) != 0 || HasGlobalAssignment(name);
            if (!definedInModule && !BuiltinNames.All.Contains(name) && !s_moduleAttributes.Contains(name) && !_hasStarImport)
            {
                Candidate((_table.Root, name), SemanticErrorCode.UndefinedName, id);
            }
        }
    }

    private void Candidate((Scope, string) key, SemanticErrorCode code, IdentifierNameSyntax id)
    {
        if (_reporting && (!_reported.TryGetValue(key, out var existing) || existing.Node.SpanStart > id.SpanStart))
        {
            _reported[key] = (code, id);
        }
    }

    /// <summary>A name some function assigns after declaring it global.</summary>
    private bool HasGlobalAssignment(string name) =>
        _table.Root.DescendantsAndSelf().Any(s => s.Lookup(name) is { } e && (e.Flags & SymbolFlags.DeclaredGlobal) != 0 && (e.Flags & SymbolFlags.Assigned) != 0);
}
