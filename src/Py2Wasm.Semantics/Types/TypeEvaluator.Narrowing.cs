using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// Narrowing: the type of a name read where a condition is known to hold (or fail). Conditions come from the
/// constructs that guard the read — <c>if</c>/<c>elif</c>/<c>else</c>, <c>while</c>, a conditional expression,
/// the right operand of <c>and</c>/<c>or</c>, a comprehension's <c>if</c> clauses, an earlier
/// <c>if cond: return/raise/continue/break</c> in the same block, and <c>assert</c>. Understood conditions:
/// <c>isinstance(x, C)</c> (C a class or a tuple of classes), <c>x is None</c>/<c>x is not None</c>,
/// <c>x == literal</c>, truthiness of <c>x</c>, and <c>not</c>/<c>and</c>/<c>or</c> of them. A narrowing is dropped
/// when the name may be rebound between the condition and the read.
/// </summary>
internal sealed partial class TypeEvaluator
{
    /// <summary>
    /// Named budget: how many enclosing expressions narrowing looks through to find the guarding statement. A name
    /// deeper than this inside one expression (a generated 100,000-term sum) is not narrowed, so each read costs
    /// bounded time.
    /// </summary>
    public const int NarrowingDepthBudget = 256;

    private PyType Narrow(IdentifierNameSyntax id, PySymbol symbol, PyType type)
    {
        var rebinds = symbol.ContainingScope?.Lookup(symbol.Name)?.Declarations ?? (IReadOnlyList<SyntaxNode>)symbol.Declarations;
        SyntaxNode child = id;
        int expressionDepth = 0;
        foreach (var ancestor in id.Ancestors())
        {
            if (ancestor is ExpressionSyntax && ++expressionDepth > NarrowingDepthBudget)
            {
                if (_final)
                {
                    BudgetHits.TryAdd(symbol, nameof(NarrowingDepthBudget));
                }
                return type;
            }
            switch (ancestor)
            {
                case FunctionDefinitionSyntax or LambdaExpressionSyntax or ClassDefinitionSyntax:
                    return type; // another scope: the function may run long after the check
                case IfStatementSyntax ifs:
                    type = NarrowInIf(ifs, child, id, symbol, rebinds, type);
                    break;
                case WhileStatementSyntax ws when child == ws.Body:
                    type = Guarded(ws.Condition, true, ancestor, id, symbol, rebinds, type);
                    break;
                case ConditionalExpressionSyntax c when child == c.WhenTrue || child == c.WhenFalse:
                    type = Guarded(c.Condition, child == c.WhenTrue, ancestor, id, symbol, rebinds, type);
                    break;
                case BinaryExpressionSyntax { Kind: SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression } b when child == b.Right:
                    type = Guarded(b.Left, b.Kind == SyntaxKind.LogicalAndExpression, ancestor, id, symbol, rebinds, type);
                    break;
                case ComprehensionExpressionSyntax comp when child == comp.Element || child == comp.Value:
                    foreach (var clause in comp.Clauses.OfType<ComprehensionIfClauseSyntax>())
                    {
                        type = Apply(clause.Condition, true, symbol, type);
                    }
                    return type; // the comprehension is its own scope
                case BlockSyntax block:
                    type = NarrowByEarlierStatements(block.Statements, child, id, symbol, rebinds, type);
                    break;
                case CompilationUnitSyntax unit:
                    type = NarrowByEarlierStatements(unit.Statements, child, id, symbol, rebinds, type);
                    break;
            }
            child = ancestor;
        }
        return type;
    }

    private PyType NarrowInIf(IfStatementSyntax ifs, SyntaxNode child, IdentifierNameSyntax id, PySymbol symbol, IReadOnlyList<SyntaxNode> rebinds, PyType type)
    {
        if (child == ifs.Body)
        {
            return Guarded(ifs.Condition, true, ifs, id, symbol, rebinds, type);
        }
        if (child is ElifClauseSyntax elif)
        {
            type = Guarded(ifs.Condition, false, ifs, id, symbol, rebinds, type);
            foreach (var earlier in ifs.ElifClauses.TakeWhile(e => e != elif))
            {
                type = Guarded(earlier.Condition, false, ifs, id, symbol, rebinds, type);
            }
            return id.SpanStart >= elif.Body.SpanStart ? Guarded(elif.Condition, true, ifs, id, symbol, rebinds, type) : type;
        }
        if (child == ifs.ElseClause)
        {
            type = Guarded(ifs.Condition, false, ifs, id, symbol, rebinds, type);
            foreach (var e in ifs.ElifClauses)
            {
                type = Guarded(e.Condition, false, ifs, id, symbol, rebinds, type);
            }
        }
        return type;
    }

    /// <summary><c>if x is None: return</c> (the body always leaves) narrows what follows; so does <c>assert</c>.</summary>
    private PyType NarrowByEarlierStatements(SyntaxList<StatementSyntax> statements, SyntaxNode child, IdentifierNameSyntax id, PySymbol symbol, IReadOnlyList<SyntaxNode> rebinds, PyType type)
    {
        foreach (var statement in statements)
        {
            if (statement == child)
            {
                break;
            }
            switch (statement)
            {
                case IfStatementSyntax { ElifClauses.Count: 0, ElseClause: null } ifs when ControlFlow.AlwaysExits(ifs.Body.Statements):
                    type = Guarded(ifs.Condition, false, null, id, symbol, rebinds, type);
                    break;
                case SimpleStatementLineSyntax line:
                    foreach (var assert in line.Statements.OfType<AssertStatementSyntax>())
                    {
                        type = Guarded(assert.Condition, true, null, id, symbol, rebinds, type);
                    }
                    break;
            }
        }
        return type;
    }

    /// <summary>Applies <paramref name="condition"/> unless the name may be rebound after it and before the read.</summary>
    private PyType Guarded(ExpressionSyntax condition, bool holds, SyntaxNode? region, IdentifierNameSyntax id, PySymbol symbol, IReadOnlyList<SyntaxNode> rebinds, PyType type)
    {
        int from = condition.Span.End;
        foreach (var d in rebinds)
        {
            if (d.SpanStart >= from && d.SpanStart < id.SpanStart)
            {
                return type;
            }
            // Rebound later inside a loop that is itself inside the guarded region: the next iteration reads the new value.
            if (region is not null && d.SpanStart >= from && d.SpanStart < region.Span.End
                && id.Ancestors().Any(a => a is ForStatementSyntax or WhileStatementSyntax && a.SpanStart >= from && a.Span.Contains(d.SpanStart)))
            {
                return type;
            }
        }
        return Apply(condition, holds, symbol, type);
    }

    private bool Names(ExpressionSyntax e, PySymbol symbol)
    {
        while (e is ParenthesizedExpressionSyntax p)
        {
            e = p.Expression;
        }
        return e is IdentifierNameSyntax && ReferenceEquals(_facts.ResolveExpression(e), symbol);
    }

    /// <summary>The type of the name <paramref name="symbol"/> given that <paramref name="condition"/> is <paramref name="holds"/>.</summary>
    private PyType Apply(ExpressionSyntax condition, bool holds, PySymbol symbol, PyType type)
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
            case IdentifierNameSyntax when Names(condition, symbol):
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

    private PyType IsInstance(ExpressionSyntax classes, bool holds, PyType type)
    {
        var targets = (classes is TupleExpressionSyntax t ? t.Elements.AsEnumerable() : new[] { classes }).Select(ClassTarget).ToList();
        if (targets.Any(x => x is null))
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
