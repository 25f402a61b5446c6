using System.Collections.Concurrent;
using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// Narrowing: the type of a name (or of an attribute <c>x.attr</c> of a name) read where conditions are known to hold.
/// Between statements it is a forward analysis over the body's <see cref="ControlFlowGraph"/>: the type flows along
/// edges, a conditional edge applies its condition (true or false), a <c>case</c> edge applies its pattern, an
/// assignment resets the type (to the assigned type when that is one of the declared union's members), and blocks
/// join their incoming types. Inside one element (a statement or a condition), a read is further narrowed by the
/// conditional expressions, <c>and</c>/<c>or</c> left operands and comprehension <c>if</c>s that guard it. Understood
/// conditions: <c>isinstance(x, C)</c> (C a class or a tuple of classes), <c>x is None</c>/<c>x is not None</c>,
/// <c>x == literal</c>, truthiness of <c>x</c>, <c>not</c>/<c>and</c>/<c>or</c> of them, and class, <c>None</c> and literal
/// patterns. Attributes, and names that other code may rebind (globals, closure cells), lose their narrowing at any
/// call that is not a builtin; attributes also at any store into an attribute of the same name.
/// </summary>
internal sealed partial class TypeEvaluator
{
    /// <summary>
    /// Named budget: how many enclosing expressions narrowing looks through to find the guarding statement. A name
    /// deeper than this inside one expression (a generated 100,000-term sum) is not narrowed, so each read costs
    /// bounded time.
    /// </summary>
    public const int NarrowingDepthBudget = 256;

    /// <summary>Named budget: passes over a body's blocks before the narrowing analysis of one name gives up (the declared type is used).</summary>
    public const int NarrowingPassBudget = 32;

    /// <summary>What is narrowed: a name, or the attribute <see cref="Attribute"/> of a name.</summary>
    private readonly record struct NarrowTarget(PySymbol Symbol, string? Attribute);

    private readonly ConcurrentDictionary<(ControlFlowGraph, NarrowTarget), PyType?[]?> _flows = new();
    private readonly ConcurrentDictionary<ControlFlowGraph, GraphFacts> _graphFacts = new();
    private readonly ConcurrentDictionary<(ControlFlowGraph Graph, PySymbol Symbol), Dictionary<SyntaxNode, List<SyntaxNode>>> _bindings = new();

    [ThreadStatic]
    private static List<(ControlFlowGraph Graph, NarrowTarget Target, bool Tainted)>? t_flowsInProgress;

    private static readonly HashSet<string> s_impureBuiltins = new(StringComparer.Ordinal)
    {
        "exec", "eval", "setattr", "delattr", "globals", "vars", "locals", "__import__", "compile", "input", "open", "next", "iter",
    };

    /// <summary>Per-graph facts narrowing needs: names and attributes that conditions test, elements that call or store attributes.</summary>
    private sealed class GraphFacts
    {
        public HashSet<string> TestedNames { get; } = new(StringComparer.Ordinal);
        public HashSet<string> TestedAttributes { get; } = new(StringComparer.Ordinal);
        public HashSet<SyntaxNode> CallingElements { get; } = new();
        public Dictionary<SyntaxNode, List<CallExpressionSyntax>> Calls { get; } = new();
        public Dictionary<string, HashSet<SyntaxNode>> AttributeStores { get; } = new(StringComparer.Ordinal);
    }

    private PyType Narrow(IdentifierNameSyntax id, PySymbol symbol, PyType type)
    {
        if (ClassSymbol.IsStoreTarget(id) && id.Parent is not AugmentedAssignmentStatementSyntax)
        {
            return type; // a store target has the variable's type
        }
        return NarrowRead(id, new NarrowTarget(symbol, null), type);
    }

    /// <summary>Narrows a read of <c>name.attr</c> (an instance attribute of a local, parameter or global).</summary>
    private PyType? NarrowMember(MemberAccessExpressionSyntax member, PyType? type)
    {
        if (type is null || member.Expression is not IdentifierNameSyntax baseName
            || (ClassSymbol.IsStoreTarget(member) && member.Parent is not AugmentedAssignmentStatementSyntax)
            || _facts.ResolveExpression(baseName) is not (VariableSymbol or ParameterSymbol) || _facts.ResolveExpression(member) is not null)
        {
            return type;
        }
        var symbol = _facts.ResolveExpression(baseName)!;
        // A property (or any method) computes its value on each read: not narrowed.
        var receiver = Receiver(Evaluate(baseName));
        var classes = receiver is UnionType u ? u.Members : receiver is null ? Enumerable.Empty<PyType>() : new[] { receiver };
        foreach (var c in classes)
        {
            if (c is not InstanceType instance || _facts.ClassMember(instance.Class, member.Name.Text) is FunctionSymbol)
            {
                return type;
            }
        }
        return NarrowRead(member, new NarrowTarget(symbol, member.Name.Text), type);
    }

    private PyType NarrowRead(ExpressionSyntax read, NarrowTarget target, PyType type)
    {
        if (target.Symbol.ContainingScope is not { } home)
        {
            return type;
        }
        var table = _facts.Table(home.Node); // (the scope's node is near the root: finding its tree is cheap)
        var nameToken = read is IdentifierNameSyntax id ? id.Identifier : ((IdentifierNameSyntax)((MemberAccessExpressionSyntax)read).Expression).Identifier;
        if (!table.TryGetName(nameToken.SpanStart, out var scope, out _))
        {
            return type;
        }
        bool targetInComprehension = target.Symbol.ContainingScope is { Kind: ScopeKind.Comprehension };
        while (scope.Kind == ScopeKind.Comprehension && !targetInComprehension && scope.Parent is not null)
        {
            scope = scope.Parent; // a comprehension runs where it stands: the enclosing body's flow applies
        }
        var owner = scope.Node;
        ControlFlowGraph? graph = owner is CompilationUnitSyntax or ClassDefinitionSyntax or FunctionDefinitionSyntax or LambdaExpressionSyntax
            ? _facts.Graph(owner) : null;

        // One bounded walk up to the element: the guards inside it (conditional expressions, and/or, comprehension ifs).
        var guards = new List<(ExpressionSyntax Condition, bool Holds, SyntaxNode Region)>();
        SyntaxNode? element = null;
        SyntaxNode child = read;
        int expressionDepth = 0;
        foreach (var ancestor in read.Ancestors())
        {
            if (graph is not null && graph.IsElement(ancestor) && !targetInComprehension)
            {
                element = ancestor;
                break;
            }
            if (graph is not null && ancestor == owner)
            {
                break;
            }
            if (ancestor is ExpressionSyntax && ++expressionDepth > NarrowingDepthBudget)
            {
                if (_final)
                {
                    BudgetHits.TryAdd(target.Symbol, nameof(NarrowingDepthBudget));
                }
                return type;
            }
            bool stop = false;
            switch (ancestor)
            {
                case FunctionDefinitionSyntax or LambdaExpressionSyntax or ClassDefinitionSyntax:
                    stop = true; // the body of another scope runs later: nothing outside it holds then
                    break;
                case ConditionalExpressionSyntax c when child == c.WhenTrue || child == c.WhenFalse:
                    guards.Add((c.Condition, child == c.WhenTrue, ancestor));
                    break;
                case BinaryExpressionSyntax { Kind: SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression } b when child == b.Right:
                    guards.Add((b.Left, b.Kind == SyntaxKind.LogicalAndExpression, ancestor));
                    break;
                case ComprehensionExpressionSyntax comp when child == comp.Element || child == comp.Value:
                    foreach (var clause in comp.Clauses)
                    {
                        if (clause is ComprehensionIfClauseSyntax ifClause)
                        {
                            guards.Add((ifClause.Condition, true, comp));
                        }
                    }
                    stop = targetInComprehension;
                    break;
            }
            if (stop)
            {
                break;
            }
            child = ancestor;
        }

        // Between statements: the graph.
        if (graph is not null && element is not null)
        {
            type = FlowTypeAt(graph, element, read, target, type);
        }
        // Then the guards inside the element, outermost first.
        for (int i = guards.Count - 1; i >= 0; i--)
        {
            type = Guarded(guards[i].Condition, guards[i].Holds, guards[i].Region, read, target, type);
        }
        return type;
    }

    /// <summary>The type of <paramref name="target"/> just before <paramref name="element"/> runs, at every place the graph has it.</summary>
    private PyType FlowTypeAt(ControlFlowGraph graph, SyntaxNode element, ExpressionSyntax read, NarrowTarget target, PyType declared)
    {
        var facts = Facts(graph);
        bool tested = target.Attribute is null ? facts.TestedNames.Contains(target.Symbol.Name) : facts.TestedAttributes.Contains(target.Attribute);
        if (!tested && declared is not UnionType)
        {
            return declared; // no condition mentions it and no assignment can narrow it
        }
        // Rebound inside the element before the read (a walrus, or a call for attributes): the element's own order decides.
        if (InvalidatedBetween(graph, target, element, element.SpanStart, read.SpanStart))
        {
            return declared;
        }
        var entries = Flow(graph, target, declared);
        if (entries is null)
        {
            return declared;
        }
        PyType? result = null;
        foreach (var (block, index) in graph.GetElementLocations(element))
        {
            if (entries[block.Ordinal] is not { } t)
            {
                continue; // unreachable copy
            }
            for (int i = 0; i < index; i++)
            {
                t = Step(graph, block.Elements[i], target, declared, t);
            }
            result = JoinNullable(result, t);
        }
        return result ?? declared;
    }

    /// <summary>The forward analysis of one target over one graph: its type at each block's entry (null: not reached).</summary>
    private PyType?[]? Flow(ControlFlowGraph graph, NarrowTarget target, PyType declared)
    {
        if (_flows.TryGetValue((graph, target), out var cached))
        {
            return cached;
        }
        var inProgress = t_flowsInProgress ??= new();
        for (int i = 0; i < inProgress.Count; i++)
        {
            if (inProgress[i].Graph == graph && inProgress[i].Target == target)
            {
                // The analysis needs itself (x = f(x) inside a loop): that read takes the declared type, and the
                // analyses started since then depend on this order, so they are not cached.
                for (int j = i + 1; j < inProgress.Count; j++)
                {
                    inProgress[j] = inProgress[j] with { Tainted = true };
                }
                return null;
            }
        }
        inProgress.Add((graph, target, false));
        PyType?[]? entries;
        bool tainted;
        try
        {
            entries = Solve(graph, target, declared);
        }
        finally
        {
            tainted = inProgress[^1].Tainted;
            inProgress.RemoveAt(inProgress.Count - 1);
        }
        if (!tainted)
        {
            _flows.TryAdd((graph, target), entries);
        }
        return entries;
    }

    private PyType?[]? Solve(ControlFlowGraph graph, NarrowTarget target, PyType declared)
    {
        var entries = new PyType?[graph.Blocks.Length];
        entries[graph.Entry.Ordinal] = declared;
        var queued = new bool[graph.Blocks.Length];
        var work = new Queue<BasicBlock>();
        work.Enqueue(graph.Entry);
        queued[graph.Entry.Ordinal] = true;
        int budget = NarrowingPassBudget * graph.Blocks.Length;
        while (work.Count > 0)
        {
            if (--budget < 0)
            {
                if (_final)
                {
                    BudgetHits.TryAdd(target.Symbol, nameof(NarrowingPassBudget));
                }
                return null;
            }
            var block = work.Dequeue();
            queued[block.Ordinal] = false;
            var t = entries[block.Ordinal]!;
            foreach (var element in block.Elements)
            {
                t = Step(graph, element, target, declared, t);
            }
            foreach (var edge in block.Successors)
            {
                var next = Edge(edge, target, t);
                var old = entries[edge.Destination.Ordinal];
                var joined = old is null ? next : PyType.Join(old, next);
                if (old is null || !joined.Equals(old))
                {
                    entries[edge.Destination.Ordinal] = joined;
                    if (!queued[edge.Destination.Ordinal])
                    {
                        queued[edge.Destination.Ordinal] = true;
                        work.Enqueue(edge.Destination);
                    }
                }
            }
        }
        return entries;
    }

    private PyType Edge(FlowEdge edge, NarrowTarget target, PyType type) => edge.Kind switch
    {
        FlowEdgeKind.WhenTrue or FlowEdgeKind.WhenFalse => Apply((ExpressionSyntax)edge.Condition!, edge.Kind == FlowEdgeKind.WhenTrue, target, type),
        FlowEdgeKind.PatternMatches or FlowEdgeKind.PatternFails when Names(edge.Subject!, target) =>
            ApplyPattern((PatternSyntax)edge.Condition!, edge.Kind == FlowEdgeKind.PatternMatches, type),
        _ => type,
    };

    /// <summary>The type of <paramref name="target"/> after <paramref name="element"/> runs.</summary>
    private PyType Step(ControlFlowGraph graph, FlowElement element, NarrowTarget target, PyType declared, PyType type)
    {
        var facts = Facts(graph);
        var node = element.Node;
        if (target.Attribute is not null)
        {
            if (BindingsIn(node, target.Symbol, graph).Count > 0 || facts.CallingElements.Contains(node)
                || element.Kind == FlowElementKind.Bind && node is ClassDefinitionSyntax)
            {
                return declared;
            }
            if (facts.AttributeStores.TryGetValue(target.Attribute, out var stores) && stores.Contains(node))
            {
                // self.x = value: the value's type when it is one of the declared alternatives.
                if (node is AssignmentStatementSyntax { Targets.Count: 1 } assign && assign.Targets[0].Target is MemberAccessExpressionSyntax m
                    && Names(m, target))
                {
                    return AssignedAlternative(Evaluate(assign.Value), declared);
                }
                return declared;
            }
            return type;
        }
        PyType? result = null;
        int count = 0;
        foreach (var binding in BindingsIn(node, target.Symbol, graph))
        {
            count++;
            result = binding is IdentifierNameSyntax target2 && declared is UnionType && IsAnnotated(target.Symbol)
                ? AssignedAlternative(target2.Parent is AnnotatedAssignmentStatementSyntax { Value: { } value } ? Evaluate(value) : AssignedType(target2), declared)
                : declared;
        }
        if (count > 0)
        {
            return count == 1 ? result! : declared;
        }
        if ((facts.CallingElements.Contains(node) || element.Kind == FlowElementKind.Bind && node is ClassDefinitionSyntax) && !IsStable(target.Symbol, graph))
        {
            return declared;
        }
        return type;
    }

    /// <summary>Whether the variable's type is declared by an annotation (an assignment then narrows it, as in mypy).</summary>
    private static bool IsAnnotated(PySymbol symbol) => symbol switch
    {
        ParameterSymbol p => p.Annotation is not null,
        VariableSymbol v => v.Declarations.Any(d => d is IdentifierNameSyntax { Parent: AnnotatedAssignmentStatementSyntax }),
        _ => false,
    };

    /// <summary>An assigned value's type when it is one (or several) of the declared union's alternatives; the declared type otherwise.</summary>
    private static PyType AssignedAlternative(PyType? assigned, PyType declared)
    {
        if (assigned is null || declared is not UnionType union)
        {
            return declared;
        }
        var members = assigned is UnionType a ? a.Members : ImmutableArray.Create(assigned);
        foreach (var m in members)
        {
            if (!union.Members.Contains(m))
            {
                return declared;
            }
        }
        return assigned;
    }

    /// <summary>Declarations of <paramref name="symbol"/> (in its own scope or in the graph's scope) that lie in <paramref name="element"/>.</summary>
    private IReadOnlyList<SyntaxNode> BindingsIn(SyntaxNode element, PySymbol symbol, ControlFlowGraph graph)
    {
        var byElement = _bindings.GetOrAdd((graph, symbol), key =>
        {
            var map = new Dictionary<SyntaxNode, List<SyntaxNode>>();
            foreach (var d in Declarations(key.Symbol, key.Graph))
            {
                if (key.Graph.FindElement(d) is { } e)
                {
                    if (!map.TryGetValue(e, out var list))
                    {
                        map[e] = list = new List<SyntaxNode>(1);
                    }
                    list.Add(d);
                }
            }
            return map;
        });
        return byElement.TryGetValue(element, out var found) ? found : Array.Empty<SyntaxNode>();
    }

    private IEnumerable<SyntaxNode> Declarations(PySymbol symbol, ControlFlowGraph graph)
    {
        var own = symbol.ContainingScope?.Lookup(symbol.Name)?.Declarations ?? (IReadOnlyList<SyntaxNode>)symbol.Declarations;
        foreach (var d in own)
        {
            yield return d;
        }
        var graphScope = _facts.Table(graph.Owner).GetScopeOpenedBy(graph.Owner) ?? _facts.Table(graph.Owner).Root;
        if (graph.Owner is CompilationUnitSyntax)
        {
            graphScope = _facts.Table(graph.Owner).Root;
        }
        if (graphScope != symbol.ContainingScope && graphScope.Lookup(symbol.Name) is { } entry)
        {
            foreach (var d in entry.Declarations)
            {
                yield return d; // 'global x' / 'nonlocal x' then x = ... in this body
            }
        }
    }

    /// <summary>Whether only this body's own statements rebind the symbol (calls cannot).</summary>
    private bool IsStable(PySymbol symbol, ControlFlowGraph graph)
    {
        var scope = symbol.ContainingScope;
        if (scope is null || scope.Node != graph.Owner || scope.Lookup(symbol.Name) is not { } entry)
        {
            return false;
        }
        switch (scope.Kind)
        {
            case ScopeKind.Module:
                return (entry.Flags & SymbolFlags.DeclaredGlobal) == 0;
            case ScopeKind.Class:
                return true;
        }
        if (entry.Resolution == NameResolution.Local)
        {
            return true;
        }
        if (entry.Resolution != NameResolution.Cell)
        {
            return false;
        }
        foreach (var nested in scope.DescendantsAndSelf())
        {
            if (nested != scope && nested.Lookup(symbol.Name) is { } inner && (inner.Flags & SymbolFlags.DeclaredNonlocal) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether something inside <paramref name="element"/> between two positions may change the target.</summary>
    private bool InvalidatedBetween(ControlFlowGraph graph, NarrowTarget target, SyntaxNode element, int from, int to)
    {
        foreach (var d in Declarations(target.Symbol, graph))
        {
            if (d.SpanStart >= from && d.SpanStart < to && element.Span.Contains(d.Span) && d.Parent is NamedExpressionSyntax)
            {
                return true;
            }
        }
        if (target.Attribute is null && IsStable(target.Symbol, graph))
        {
            return false;
        }
        if (!Facts(graph).Calls.TryGetValue(element, out var calls))
        {
            return false;
        }
        foreach (var call in calls)
        {
            if (call.Span.End <= to && call.SpanStart >= from)
            {
                return true;
            }
        }
        return false;
    }

    private GraphFacts Facts(ControlFlowGraph graph) => _graphFacts.GetOrAdd(graph, g =>
    {
        var facts = new GraphFacts();
        foreach (var block in g.Blocks)
        {
            foreach (var edge in block.Successors)
            {
                if (edge.Condition is not null)
                {
                    CollectTested(edge.Condition, facts);
                }
                if (edge.Subject is not null)
                {
                    CollectTested(edge.Subject, facts);
                }
            }
            foreach (var element in block.Elements)
            {
                if (element.Kind == FlowElementKind.Bind)
                {
                    continue; // a def/class statement's decorators and defaults are elements of their own
                }
                foreach (var n in RunningNodes(element.Node))
                {
                    switch (n)
                    {
                        case CallExpressionSyntax call when !IsPureCall(call):
                            facts.CallingElements.Add(element.Node);
                            if (!facts.Calls.TryGetValue(element.Node, out var calls))
                            {
                                facts.Calls[element.Node] = calls = new List<CallExpressionSyntax>();
                            }
                            calls.Add(call);
                            break;
                        case MemberAccessExpressionSyntax m when ClassSymbol.IsStoreTarget(m) || m.Parent is DeleteStatementSyntax:
                            if (!facts.AttributeStores.TryGetValue(m.Name.Text, out var set))
                            {
                                facts.AttributeStores[m.Name.Text] = set = new HashSet<SyntaxNode>();
                            }
                            set.Add(element.Node);
                            break;
                    }
                }
            }
        }
        return facts;
    });

    /// <summary>The nodes of an element that run with it: not the bodies of lambdas, functions and classes inside.</summary>
    private static IEnumerable<SyntaxNode> RunningNodes(SyntaxNode element)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            if (n != element && n is LambdaExpressionSyntax or FunctionDefinitionSyntax or ClassDefinitionSyntax)
            {
                continue;
            }
            foreach (var c in n.ChildNodes())
            {
                stack.Push(c);
            }
        }
    }

    private static void CollectTested(SyntaxNode condition, GraphFacts facts)
    {
        foreach (var n in condition.DescendantNodes(includeSelf: true))
        {
            switch (n)
            {
                case IdentifierNameSyntax id:
                    facts.TestedNames.Add(id.Identifier.Text);
                    break;
                case MemberAccessExpressionSyntax m:
                    facts.TestedAttributes.Add(m.Name.Text);
                    break;
            }
        }
    }

    /// <summary>A call of a builtin function that cannot rebind names or attributes of the program.</summary>
    private bool IsPureCall(CallExpressionSyntax call) =>
        call.Expression is IdentifierNameSyntax callee && _facts.ResolveExpression(callee) switch
        {
            BuiltinSymbol b => !s_impureBuiltins.Contains(b.Name),
            null => callee.Identifier.Text == "reveal_type", // the type checkers' pseudo-builtin
            _ => false,
        };

    /// <summary>Applies <paramref name="condition"/> unless the target may change after it and before the read.</summary>
    private PyType Guarded(ExpressionSyntax condition, bool holds, SyntaxNode region, ExpressionSyntax read, NarrowTarget target, PyType type)
    {
        int from = condition.Span.End;
        var rebinds = target.Symbol.ContainingScope?.Lookup(target.Symbol.Name)?.Declarations ?? (IReadOnlyList<SyntaxNode>)target.Symbol.Declarations;
        foreach (var d in rebinds)
        {
            if (d.SpanStart >= from && d.SpanStart < read.SpanStart)
            {
                return type;
            }
            // Rebound later inside a loop that is itself inside the guarded region: the next iteration reads the new value.
            if (d.SpanStart >= from && d.SpanStart < region.Span.End
                && read.Ancestors().Any(a => a is ForStatementSyntax or WhileStatementSyntax or ComprehensionExpressionSyntax && a.SpanStart >= from && a.Span.Contains(d.SpanStart)))
            {
                return type;
            }
        }
        if (target.Attribute is not null)
        {
            foreach (var n in region.DescendantNodes())
            {
                if (n.SpanStart >= from && n.SpanStart < read.SpanStart
                    && (n is CallExpressionSyntax call && !IsPureCall(call) || n is MemberAccessExpressionSyntax m && m.Name.Text == target.Attribute && ClassSymbol.IsStoreTarget(m)))
                {
                    return type;
                }
            }
        }
        return Apply(condition, holds, target, type);
    }

    private bool Names(ExpressionSyntax e, NarrowTarget target)
    {
        while (e is ParenthesizedExpressionSyntax p)
        {
            e = p.Expression;
        }
        if (target.Attribute is null)
        {
            return e is IdentifierNameSyntax && ReferenceEquals(_facts.ResolveExpression(e), target.Symbol);
        }
        return e is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } m && m.Name.Text == target.Attribute
            && ReferenceEquals(_facts.ResolveExpression(receiver), target.Symbol);
    }

    /// <summary>The type of the name <paramref name="symbol"/> given that <paramref name="condition"/> is <paramref name="holds"/>.</summary>
    private PyType Apply(ExpressionSyntax condition, bool holds, NarrowTarget symbol, PyType type)
    {
        while (condition is ParenthesizedExpressionSyntax p)
        {
            condition = p.Expression;
        }
        switch (condition)
        {
            case UnaryExpressionSyntax { Kind: SyntaxKind.LogicalNotExpression } not:
                return Apply(not.Operand, !holds, symbol, type);
            case BinaryExpressionSyntax { Kind: SyntaxKind.LogicalAndExpression } and:
                return holds
                    ? Apply(and.Right, true, symbol, Apply(and.Left, true, symbol, type))
                    : PyType.Join(Apply(and.Left, false, symbol, type), Apply(and.Right, false, symbol, type));
            case BinaryExpressionSyntax { Kind: SyntaxKind.LogicalOrExpression } or:
                return holds
                    ? PyType.Join(Apply(or.Left, true, symbol, type), Apply(or.Right, true, symbol, type))
                    : Apply(or.Right, false, symbol, Apply(or.Left, false, symbol, type));
            case IdentifierNameSyntax or MemberAccessExpressionSyntax when Names(condition, symbol):
                return holds ? Without(type, PyType.None) : type;
            case ComparisonExpressionSyntax { Comparisons.Count: 1 } cmp when Names(cmp.Left, symbol):
                return Compare(cmp.Comparisons[0], holds, type);
            case CallExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "isinstance" } callee } call
                when call.ArgumentList.Arguments.Count == 2 && _facts.ResolveExpression(callee) is BuiltinSymbol
                    && Names(call.ArgumentList.Arguments[0].Expression, symbol):
                return IsInstance(call.ArgumentList.Arguments[1].Expression, holds, type);
        }
        return type;
    }

    private PyType Compare(ComparisonOperandSyntax comparison, bool holds, PyType type)
    {
        var op = comparison.OperatorToken.Kind;
        bool negated = !comparison.SecondOperatorToken.IsNone; // 'is not' / 'not in'
        bool isNone = comparison.Right is LiteralExpressionSyntax { Kind: SyntaxKind.NoneLiteralExpression };
        if (op == SyntaxKind.IsKeyword && isNone)
        {
            return holds != negated ? PyType.None : Without(type, PyType.None);
        }
        if (op is SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken && comparison.Right is LiteralExpressionSyntax literal && !isNone)
        {
            bool equal = (op == SyntaxKind.EqualsEqualsToken) == holds;
            var literalType = Evaluate(literal);
            if (equal && literalType is not null && type is UnionType u && u.Members.Contains(literalType))
            {
                return literalType;
            }
        }
        return type;
    }

    private PyType IsInstance(ExpressionSyntax classes, bool holds, PyType type) =>
        IsInstance((classes is TupleExpressionSyntax t ? t.Elements.AsEnumerable() : new[] { classes }).Select(ClassTarget).ToList(), holds, type);

    private static PyType IsInstance(List<PyType?> targets, bool holds, PyType type)
    {
        if (targets.Count == 0 || targets.Any(x => x is null))
        {
            return type; // a class we do not model: no narrowing
        }
        var members = type is UnionType union ? union.Members.ToList() : new List<PyType> { type };
        if (holds)
        {
            if (ReferenceEquals(type, PyType.Dynamic))
            {
                return UnionType.Create(targets!);
            }
            var kept = members.Where(m => targets.Any(c => IsInstanceOf(m, c!))).ToList();
            return kept.Count > 0 ? UnionType.Create(kept) : UnionType.Create(targets!);
        }
        var rest = members.Where(m => !targets.Any(c => IsInstanceOf(m, c!))).ToList();
        return rest.Count > 0 && rest.Count < members.Count ? UnionType.Create(rest) : type;
    }

    /// <summary>The subject's type when a case pattern matches (or fails): class patterns, <c>None</c>, literals, <c>|</c>.</summary>
    private PyType ApplyPattern(PatternSyntax pattern, bool matches, PyType type)
    {
        switch (pattern)
        {
            case GroupPatternSyntax g:
                return ApplyPattern(g.Pattern, matches, type);
            case AsPatternSyntax a:
                return matches ? ApplyPattern(a.Pattern, true, type) : type;
            case OrPatternSyntax or:
            {
                if (matches)
                {
                    PyType? joined = null;
                    foreach (var alternative in or.Patterns)
                    {
                        joined = JoinNullable(joined, ApplyPattern(alternative, true, type));
                    }
                    return joined ?? type;
                }
                foreach (var alternative in or.Patterns)
                {
                    type = ApplyPattern(alternative, false, type);
                }
                return type;
            }
            case ClassPatternSyntax cls:
                // A failed match with sub-patterns says nothing about the class.
                return matches || cls.Arguments.Count == 0 ? IsInstance(new List<PyType?> { ClassTarget(cls.Class) }, matches, type) : type;
            case SingletonPatternSyntax { Token.Kind: SyntaxKind.NoneKeyword }:
                return matches ? PyType.None : Without(type, PyType.None);
            case ValuePatternSyntax { Value: LiteralExpressionSyntax literal } when matches && literal.Kind != SyntaxKind.NoneLiteralExpression:
            {
                var literalType = Evaluate(literal);
                return literalType is not null && type is UnionType u && u.Members.Contains(literalType) ? literalType : type;
            }
        }
        return type;
    }

    /// <summary>The type an isinstance class argument stands for (builtin types and the program's classes).</summary>
    private PyType? ClassTarget(ExpressionSyntax e)
    {
        switch (_facts.ResolveExpression(e))
        {
            case ClassSymbol cls:
                return new InstanceType(cls);
            case BuiltinSymbol b:
                return b.Name switch
                {
                    "int" => PyType.Int,
                    "float" => PyType.Float,
                    "str" => PyType.Str,
                    "bool" => PyType.Bool,
                    "list" => ContainerType.List(PyType.Dynamic),
                    "dict" => ContainerType.Dict(PyType.Dynamic, PyType.Dynamic),
                    "set" => ContainerType.Set(PyType.Dynamic),
                    _ => null,
                };
        }
        return null;
    }

    /// <summary>Whether every value of type <paramref name="member"/> is an instance of <paramref name="target"/>.</summary>
    private static bool IsInstanceOf(PyType member, PyType target) => (member, target) switch
    {
        (InstanceType m, InstanceType c) => m.Class.Mro.Contains(c.Class) || m.Class == c.Class,
        (ContainerType m, ContainerType c) => m.Kind == c.Kind,
        _ when member.Equals(PyType.Bool) && target.Equals(PyType.Int) => true,
        _ => member.Equals(target),
    };

    /// <summary><paramref name="type"/> without <paramref name="removed"/>; nothing left (a branch no known value reaches) is unknown.</summary>
    private static PyType Without(PyType type, PyType removed) =>
        type is UnionType u && u.Members.Contains(removed) ? UnionType.Create(u.Members.Where(m => !m.Equals(removed)))
        : type.Equals(removed) ? PyType.Unknown
        : type;
}
