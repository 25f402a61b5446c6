using System.Collections.Concurrent;
using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// Type evaluation of expressions against one <see cref="InferenceState"/> of the whole-program analysis:
/// annotations (PEP 484/585/604, PEP 695 generics), literals, displays, operators, builtin and method calls,
/// parameters/returns/attributes/container elements as the state says, and narrowing of names by the conditions
/// that guard them. <see cref="ProgramInference"/> runs it to a fixed point; the final evaluator answers clients.
/// Results are cached per node.
/// </summary>
internal sealed partial class TypeEvaluator
{
    /// <summary>Named budget: how deep inference may follow names through assignments before giving up.</summary>
    public const int NameDepthBudget = 48;

    private readonly SemanticFacts _facts;
    private readonly InferenceState _state;
    private readonly bool _final;
    private readonly ConcurrentDictionary<SyntaxNode, PyType> _cache = new();
    [ThreadStatic]
    private static HashSet<PySymbol>? t_inProgress;
    [ThreadStatic]
    private static int t_depth;

    public TypeEvaluator(SemanticFacts facts, InferenceState state, bool final)
    {
        _facts = facts;
        _state = state;
        _final = final;
    }

    /// <summary>Where a named budget was exhausted while evaluating (final evaluator only): node and budget name.</summary>
    public ConcurrentDictionary<PySymbol, string> BudgetHits { get; } = new();

    /// <summary>The type of <paramref name="expression"/>; during the fixed point "nothing known yet" is <see cref="PyType.Unknown"/>.</summary>
    public PyType TypeOf(ExpressionSyntax expression) =>
        _cache.GetOrAdd(expression, e => Evaluate((ExpressionSyntax)e) is { } t ? (_final ? Final((ExpressionSyntax)e, t) : t) : (_final ? PyType.Dynamic : PyType.Unknown));

    /// <summary>
    /// A type for clients: an empty <c>[]</c>/<c>{}</c>/<c>set()</c> whose elements are still unknown takes the type of
    /// the variable or attribute it is assigned to (which includes what is put into it later); other unknowns are dynamic.
    /// </summary>
    private PyType Final(ExpressionSyntax e, PyType t)
    {
        if (t is ContainerType c && c.Arguments.Contains(PyType.Unknown)
            && e.Parent is AssignmentStatementSyntax { Targets.Count: 1 } assign && assign.Value == e
            && assign.Targets[0].Target is IdentifierNameSyntax or MemberAccessExpressionSyntax
            && Evaluate(assign.Targets[0].Target) is ContainerType target && target.Kind == c.Kind)
        {
            return target.WithoutUnknown();
        }
        return t.WithoutUnknown();
    }

    /// <summary>A value nothing is known about yet: bottom during the fixed point, dynamic at the end.</summary>
    private PyType? NotKnown => _final ? PyType.Dynamic : null;

    /// <summary>The type of <paramref name="e"/>, or null while nothing is known about it yet.</summary>
    private PyType? Evaluate(ExpressionSyntax e)
    {
        var t = EvaluateCore(e);
        return ReferenceEquals(t, PyType.Unknown) ? null : t;
    }

    private PyType? EvaluateCore(ExpressionSyntax e)
    {
        switch (e)
        {
            case ParenthesizedExpressionSyntax p:
                return Evaluate(p.Expression);
            case LiteralExpressionSyntax lit:
                return lit.Kind switch
                {
                    SyntaxKind.NumericLiteralExpression => NumberType(lit.Token.Text),
                    SyntaxKind.StringLiteralExpression => IsBytes(lit.Token.Text) ? PyType.Dynamic : PyType.Str,
                    SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression => PyType.Bool,
                    SyntaxKind.NoneLiteralExpression => PyType.None,
                    _ => PyType.Dynamic,
                };
            case FStringExpressionSyntax:
                return PyType.Str;
            case ConcatenatedStringExpressionSyntax c:
                return c.Strings.All(s => s is FStringExpressionSyntax || (s is LiteralExpressionSyntax l && !IsBytes(l.Token.Text))) ? PyType.Str : PyType.Dynamic;
            case ListExpressionSyntax list:
                return list.Elements.Count == 0 ? ContainerType.List(PyType.Unknown) : ContainerType.List(JoinAll(list.Elements));
            case SetExpressionSyntax set:
                return ContainerType.Set(JoinAll(set.Elements));
            case TupleExpressionSyntax tuple:
            {
                if (tuple.Elements.Any(x => x is StarredExpressionSyntax))
                {
                    return PyType.Dynamic;
                }
                var elements = tuple.Elements.Select(Evaluate).ToList();
                return elements.Any(x => x is null) ? null : ContainerType.Tuple(elements!);
            }
            case DictExpressionSyntax dict:
            {
                var pairs = dict.Elements.OfType<KeyValueElementSyntax>().ToList();
                if (dict.Elements.Count == 0)
                {
                    return ContainerType.Dict(PyType.Unknown, PyType.Unknown);
                }
                if (pairs.Count != dict.Elements.Count)
                {
                    return ContainerType.Dict(PyType.Dynamic, PyType.Dynamic);
                }
                return ContainerType.Dict(JoinAll(pairs.Select(p => p.Key)), JoinAll(pairs.Select(p => p.Value)));
            }
            case ComprehensionExpressionSyntax comp:
                return comp.Kind switch
                {
                    SyntaxKind.ListComprehension => ContainerType.List(Evaluate(comp.Element) ?? PyType.Unknown),
                    SyntaxKind.SetComprehension => ContainerType.Set(Evaluate(comp.Element) ?? PyType.Unknown),
                    SyntaxKind.DictComprehension => ContainerType.Dict(Evaluate(comp.Element) ?? PyType.Unknown, comp.Value is null ? PyType.Dynamic : Evaluate(comp.Value) ?? PyType.Unknown),
                    _ => PyType.Dynamic,
                };
            case ComparisonExpressionSyntax:
                return PyType.Bool;
            case UnaryExpressionSyntax u:
            {
                if (u.Kind == SyntaxKind.LogicalNotExpression)
                {
                    return PyType.Bool;
                }
                var operand = Evaluate(u.Operand);
                return operand is null ? null : operand.Equals(PyType.Bool) && u.Kind != SyntaxKind.UnaryPlusExpression ? PyType.Int : IsNumeric(operand) ? operand : PyType.Dynamic;
            }
            case BinaryExpressionSyntax b:
                return Binary(b);
            case ConditionalExpressionSyntax cond:
                return JoinNullable(Evaluate(cond.WhenTrue), Evaluate(cond.WhenFalse));
            case NamedExpressionSyntax named:
                return Evaluate(named.Value);
            case IdentifierNameSyntax id:
                return NameType(id);
            case MemberAccessExpressionSyntax member:
                return NarrowMember(member, AttributeType(member));
            case SubscriptExpressionSyntax sub:
            {
                var target = Evaluate(sub.Expression);
                if (target is null)
                {
                    return null;
                }
                if (target is ContainerType { Kind: "tuple" } tup && sub.Index is LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } index
                    && int.TryParse(index.Token.Text, out var i) && i < tup.Arguments.Length)
                {
                    return tup.Arguments[i];
                }
                if (target is ContainerType { Kind: "tuple" } && sub.Index is SliceExpressionSyntax)
                {
                    return PyType.Dynamic;
                }
                if (target is ContainerType { Kind: "tuple" } homogeneous && homogeneous.Arguments.Length > 0 && homogeneous.Arguments.All(a => a.Equals(homogeneous.Arguments[0])))
                {
                    return homogeneous.Arguments[0];
                }
                if (target is ContainerType { Kind: "list" } l && sub.Index is not SliceExpressionSyntax)
                {
                    return l.Arguments[0];
                }
                if (target is ContainerType { Kind: "list" } && sub.Index is SliceExpressionSyntax)
                {
                    return target;
                }
                if (target is ContainerType { Kind: "dict" } d)
                {
                    return d.Arguments[1];
                }
                if (target is not null && target.Equals(PyType.Str))
                {
                    return PyType.Str;
                }
                return PyType.Dynamic;
            }
            case CallExpressionSyntax call:
                return Call(call);
            case LambdaExpressionSyntax lambda:
            {
                var f = _facts.FunctionFor(lambda);
                if (f.Parameters.Any(p => p.ParameterKind is not (ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword)))
                {
                    return PyType.Dynamic;
                }
                var parameters = f.Parameters.Select(p => SymbolType(p)).ToList();
                var body = Evaluate(lambda.Body);
                return parameters.Any(p => p is null) || body is null ? NotKnown : new CallableType(parameters.Select(p => p!).ToImmutableArray(), body);
            }
        }
        return PyType.Dynamic;
    }

    private static bool IsBytes(string token) => token.TakeWhile(c => c is not ('\'' or '"')).Any(c => c is 'b' or 'B');

    private static PyType NumberType(string text)
    {
        if (text.EndsWith('j') || text.EndsWith('J'))
        {
            return PyType.Dynamic; // complex
        }
        bool hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        return !hex && (text.Contains('.') || text.Contains('e') || text.Contains('E')) ? PyType.Float : PyType.Int;
    }

    private static bool IsNumeric(PyType t) => t.Equals(PyType.Int) || t.Equals(PyType.Float) || t.Equals(PyType.Bool);

    private PyType JoinAll(IEnumerable<ExpressionSyntax> items)
    {
        PyType? result = null;
        foreach (var item in items)
        {
            result = JoinNullable(result, item is StarredExpressionSyntax ? PyType.Dynamic : Evaluate(item));
        }
        return result ?? PyType.Dynamic;
    }

    private static PyType? JoinNullable(PyType? a, PyType? b) => a is null ? b : b is null ? a : PyType.Join(a, b);

    private PyType? Binary(BinaryExpressionSyntax b)
    {
        // Left-deep chains are folded iteratively.
        var rights = new List<BinaryExpressionSyntax>();
        ExpressionSyntax current = b;
        while (current is BinaryExpressionSyntax bb)
        {
            rights.Add(bb);
            current = bb.Left;
        }
        var type = Evaluate(current);
        for (int i = rights.Count - 1; i >= 0; i--)
        {
            var right = Evaluate(rights[i].Right);
            type = rights[i].Kind == SyntaxKind.PowerExpression && IsIntegral(type) && IsIntegral(right)
                ? (IsNonNegativeIntLiteral(rights[i].Right) ? PyType.Int : UnionType.Create(new[] { PyType.Int, PyType.Float }))
                : Operator(rights[i].Kind, type, right);
        }
        return type;
    }

    private static bool IsIntegral(PyType? t) => t is not null && (t.Equals(PyType.Int) || t.Equals(PyType.Bool));

    /// <summary>An int literal (never negative: a minus sign is a unary operator): <c>n ** 2</c> is an int; <c>n ** k</c> may be a float.</summary>
    private static bool IsNonNegativeIntLiteral(ExpressionSyntax e)
    {
        while (e is ParenthesizedExpressionSyntax p)
        {
            e = p.Expression;
        }
        return e is LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } lit && NumberType(lit.Token.Text).Equals(PyType.Int);
    }

    private static PyType? Operator(SyntaxKind kind, PyType? left, PyType? right)
    {
        if (kind is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression)
        {
            return JoinNullable(left, right);
        }
        if (left is null != right is null && (left ?? right) is var known && (known!.Equals(PyType.Str) || known is ContainerType { Kind: "list" })
            && kind is SyntaxKind.MultiplyExpression or SyntaxKind.AddExpression)
        {
            return known; // 'ab' * n, [0] * n, xs + ys with the other side not known yet
        }
        left ??= right;
        right ??= left;
        if (left is null || right is null)
        {
            return null;
        }
        if (IsNumeric(left) && IsNumeric(right))
        {
            var l = left.Equals(PyType.Bool) ? PyType.Int : left;
            var r = right.Equals(PyType.Bool) ? PyType.Int : right;
            if (kind is SyntaxKind.BitwiseAndExpression or SyntaxKind.BitwiseOrExpression or SyntaxKind.BitwiseXorExpression
                && left.Equals(PyType.Bool) && right.Equals(PyType.Bool))
            {
                return PyType.Bool;
            }
            if (kind == SyntaxKind.DivideExpression)
            {
                return PyType.Float;
            }
            if (kind is SyntaxKind.LeftShiftExpression or SyntaxKind.RightShiftExpression or SyntaxKind.BitwiseAndExpression
                or SyntaxKind.BitwiseOrExpression or SyntaxKind.BitwiseXorExpression)
            {
                return l.Equals(PyType.Int) && r.Equals(PyType.Int) ? PyType.Int : PyType.Dynamic;
            }
            if (kind == SyntaxKind.PowerExpression && l.Equals(PyType.Int) && r.Equals(PyType.Int))
            {
                return PyType.Dynamic; // int ** negative int is a float: not decidable locally
            }
            return l.Equals(PyType.Float) || r.Equals(PyType.Float) ? PyType.Float : PyType.Int;
        }
        if (left.Equals(PyType.Str) && right.Equals(PyType.Str) && kind == SyntaxKind.AddExpression)
        {
            return PyType.Str;
        }
        if (kind == SyntaxKind.ModuloExpression && left.Equals(PyType.Str))
        {
            return PyType.Str;
        }
        if (kind == SyntaxKind.MultiplyExpression && (left.Equals(PyType.Str) || left is ContainerType { Kind: "list" }) && right.Equals(PyType.Int))
        {
            return left;
        }
        if (kind == SyntaxKind.AddExpression && left is ContainerType { Kind: "list" } a && right is ContainerType { Kind: "list" } c)
        {
            return ContainerType.List(PyType.Join(a.Arguments[0], c.Arguments[0]));
        }
        return PyType.Dynamic;
    }

    private PyType? NameType(IdentifierNameSyntax id)
    {
        var symbol = _facts.ResolveExpression(id);
        var declared = SymbolType(symbol);
        return symbol is VariableSymbol or ParameterSymbol && declared is not null ? Narrow(id, symbol, declared) : declared;
    }

    /// <summary>The type of a symbol's value: declared by annotation, or inferred from its bindings.</summary>
    public PyType TypeOfSymbol(PySymbol? symbol) => SymbolType(symbol) ?? PyType.Dynamic;

    private PyType? SymbolType(PySymbol? symbol)
    {
        switch (symbol)
        {
            case ParameterSymbol p:
                return ParameterType(p);
            case VariableSymbol v:
                return WithHints(v, VariableType(v));
        }
        return PyType.Dynamic;
    }

    private PyType? ParameterType(ParameterSymbol p)
    {
        if (p.Annotation is { } pa)
        {
            var annotated = FromAnnotation(pa);
            return p.ParameterKind switch
            {
                ParameterKind.VarPositional => PyType.Dynamic, // tuple[T, ...]: a variadic tuple is not represented yet
                ParameterKind.VarKeyword => ContainerType.Dict(PyType.Str, annotated),
                _ => annotated,
            };
        }
        if (p.ParameterKind is ParameterKind.VarPositional or ParameterKind.VarKeyword)
        {
            return PyType.Dynamic;
        }
        if (SelfClass(p) is { } cls)
        {
            return new InstanceType(cls);
        }
        var inferred = _state.Parameters.TryGetValue(p, out var t) ? t : null;
        if (p.Syntax.Default is { } d)
        {
            inferred = JoinNullable(inferred, Evaluate(d));
        }
        return WithHints(p, inferred ?? NotKnown);
    }

    /// <summary>The class whose instances <paramref name="p"/> receives: the first parameter of a plain method.</summary>
    internal ClassSymbol? SelfClass(ParameterSymbol p)
    {
        if (p.Ordinal != 0 || p.ParameterKind is not (ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword)
            || p.Syntax.Ancestors().OfType<ParameterListSyntax>().FirstOrDefault()?.Parent is not FunctionDefinitionSyntax def
            || def.Parent?.Parent is not ClassDefinitionSyntax cls)
        {
            return null;
        }
        foreach (var d in def.Decorators)
        {
            if (d.Expression is IdentifierNameSyntax { Identifier.Text: "staticmethod" or "classmethod" })
            {
                return null;
            }
        }
        return _facts.ClassFor(cls);
    }

    /// <summary>Joins what the program puts into the container held by <paramref name="location"/> (append, add, item stores).</summary>
    private PyType? WithHints(object location, PyType? type)
    {
        if (type is ContainerType c && c.Kind != "tuple" && _state.Elements.TryGetValue(location, out var hint) && hint is ContainerType h && h.Kind == c.Kind)
        {
            return PyType.Join(c, h);
        }
        return type;
    }

    private PyType? VariableType(VariableSymbol v)
    {
        foreach (var d in v.Declarations)
        {
            if (d is IdentifierNameSyntax { Parent: AnnotatedAssignmentStatementSyntax ann })
            {
                return FromAnnotation(ann.Annotation);
            }
        }
        var inProgress = t_inProgress ??= new HashSet<PySymbol>();
        if (!inProgress.Add(v))
        {
            return null; // a cycle (x = x + 1): the other assignments decide
        }
        if (++t_depth > NameDepthBudget)
        {
            t_depth--;
            inProgress.Remove(v);
            if (_final)
            {
                BudgetHits.TryAdd(v, nameof(NameDepthBudget));
            }
            return PyType.Dynamic;
        }
        try
        {
            PyType? result = null;
            foreach (var d in v.Declarations)
            {
                var t = DeclarationType(d);
                if (t is null)
                {
                    continue;
                }
                result = JoinNullable(result, t);
            }
            return result;
        }
        finally
        {
            t_depth--;
            inProgress.Remove(v);
        }
    }

    private PyType? DeclarationType(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case IdentifierNameSyntax id:
                return AssignedType(id);
            case ExceptClauseSyntax { Type: { } handled }:
                return ExceptionInstance(handled);
            case FunctionDefinitionSyntax or ClassDefinitionSyntax:
                return PyType.Dynamic; // a function or class object as a value
        }
        return PyType.Dynamic; // imports, patterns: not inferred yet
    }

    private PyType ExceptionInstance(ExpressionSyntax handled) =>
        _facts.ResolveExpression(handled) is ClassSymbol cls ? new InstanceType(cls) : PyType.Dynamic;

    /// <summary>The type of the value a store target (a name or an attribute, maybe inside tuple targets) receives.</summary>
    internal PyType? AssignedType(ExpressionSyntax target)
    {
        SyntaxNode node = target;
        ExpressionSyntax child = target;
        var path = new List<int>();
        while (node.Parent is { } parent && (parent is TupleExpressionSyntax or ParenthesizedExpressionSyntax || parent.Kind == SyntaxKind.List))
        {
            if (parent is TupleExpressionSyntax t)
            {
                path.Insert(0, t.Elements.ToList().IndexOf(child));
            }
            node = parent;
            if (parent is ExpressionSyntax e)
            {
                child = e;
            }
        }
        PyType? value = node.Parent switch
        {
            AssignmentTargetSyntax { Parent: AssignmentStatementSyntax assign } => Evaluate(assign.Value),
            AugmentedAssignmentStatementSyntax aug when aug.Target == node => Operator(AugmentedKind(aug.OperatorToken.Kind), null, Evaluate(aug.Value)),
            AnnotatedAssignmentStatementSyntax ann when ann.Target == node => FromAnnotation(ann.Annotation),
            WithItemSyntax => PyType.Dynamic,
            NamedExpressionSyntax named => Evaluate(named.Value),
            ForStatementSyntax f when f.Target == node => ElementType(Evaluate(f.Iterable), f.Iterable),
            ComprehensionForClauseSyntax cf when cf.Target == node => ElementType(Evaluate(cf.Iterable), cf.Iterable),
            _ => PyType.Dynamic,
        };
        foreach (var index in path)
        {
            if (ReferenceEquals(value, PyType.Unknown))
            {
                value = null; // the items of a container nothing is known about yet: not dynamic, just not known
            }
            value = value is ContainerType { Kind: "tuple" } tuple && index >= 0 && index < tuple.Arguments.Length ? tuple.Arguments[index] : value is null ? null : PyType.Dynamic;
        }
        return ReferenceEquals(value, PyType.Unknown) ? null : value;
    }

    private PyType? ElementType(PyType? iterable, ExpressionSyntax expression)
    {
        if (expression is CallExpressionSyntax { Expression: IdentifierNameSyntax callee } call
            && _facts.ResolveExpression(callee) is BuiltinSymbol)
        {
            var args = call.ArgumentList.Arguments;
            switch (callee.Identifier.Text)
            {
                case "range":
                    return PyType.Int;
                case "enumerate" when args.Count >= 1:
                    return ItemOf(args[0].Expression) is { } item ? ContainerType.Tuple(new[] { PyType.Int, item }) : null;
                case "zip" when args.Count >= 1 && args.All(a => a.StarToken.IsNone && a.Name.IsNone):
                {
                    var zipped = args.Select(a => ItemOf(a.Expression)).ToList();
                    return zipped.Any(i => i is null) ? null : ContainerType.Tuple(zipped!);
                }
                case "reversed" or "sorted" or "iter" when args.Count >= 1:
                    return ItemOf(args[0].Expression);
            }
        }
        if (expression is CallExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Text: "items" } items } && Evaluate(items.Expression) is ContainerType { Kind: "dict" } dict)
        {
            return ContainerType.Tuple(dict.Arguments);
        }
        if (expression is CallExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Text: "values" } values } && Evaluate(values.Expression) is ContainerType { Kind: "dict" } d2)
        {
            return d2.Arguments[1];
        }
        return IteratedType(iterable);
    }

    internal PyType? ItemOf(ExpressionSyntax iterable) => ElementType(Evaluate(iterable), iterable);

    /// <summary>The type of the items iterating a value of type <paramref name="iterable"/> yields.</summary>
    internal static PyType? IteratedType(PyType? iterable) => iterable switch
    {
        null => null,
        _ when iterable.Equals(PyType.Range) => PyType.Int,
        ContainerType { Kind: "list" or "set" or "dict" } c => c.Arguments[0],
        ContainerType { Kind: "tuple" } t when t.Arguments.Length > 0 => UnionType.Create(t.Arguments),
        _ when iterable.Equals(PyType.Str) => PyType.Str,
        _ when ReferenceEquals(iterable, PyType.Unknown) => PyType.Unknown,
        _ => PyType.Dynamic,
    };

    /// <summary>The arithmetic an augmented operator applies; <c>&amp;=</c>, <c>|=</c>, <c>^=</c>, <c>&lt;&lt;=</c>, <c>&gt;&gt;=</c> and <c>@=</c> are typed as unknown here.</summary>
    private static SyntaxKind AugmentedKind(SyntaxKind token) => SyntaxFacts.GetAugmentedAssignmentExpressionKind(token) is var k &&
        k is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression or
            SyntaxKind.FloorDivideExpression or SyntaxKind.ModuloExpression or SyntaxKind.PowerExpression ? k : SyntaxKind.None;

    /// <summary>The type an annotation denotes (PEP 484/585/604).</summary>
    public PyType FromAnnotation(ExpressionSyntax annotation)
    {
        switch (annotation)
        {
            case ParenthesizedExpressionSyntax p:
                return FromAnnotation(p.Expression);
            case LiteralExpressionSyntax { Kind: SyntaxKind.NoneLiteralExpression }:
                return PyType.None;
            case BinaryExpressionSyntax { Kind: SyntaxKind.BitwiseOrExpression } union:
                return UnionType.Create(new[] { FromAnnotation(union.Left), FromAnnotation(union.Right) });
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
            {
                var symbol = _facts.ResolveExpression(annotation);
                if (symbol is ClassSymbol cls)
                {
                    return new InstanceType(cls);
                }
                if (symbol is VariableSymbol alias && AliasedType(alias) is { } aliased)
                {
                    return aliased;
                }
                var name = annotation is IdentifierNameSyntax id ? id.Identifier.Text : ((MemberAccessExpressionSyntax)annotation).Name.Text;
                return name switch
                {
                    "int" => PyType.Int,
                    "float" => PyType.Float,
                    "bool" => PyType.Bool,
                    "str" => PyType.Str,
                    "list" or "List" => ContainerType.List(PyType.Dynamic),
                    "dict" or "Dict" => ContainerType.Dict(PyType.Dynamic, PyType.Dynamic),
                    "set" or "Set" => ContainerType.Set(PyType.Dynamic),
                    _ => PyType.Dynamic,
                };
            }
            case SubscriptExpressionSyntax sub:
            {
                var head = sub.Expression is IdentifierNameSyntax h ? h.Identifier.Text : sub.Expression is MemberAccessExpressionSyntax m ? m.Name.Text : string.Empty;
                var args = sub.Index is TupleExpressionSyntax t ? t.Elements.ToList() : new List<ExpressionSyntax> { sub.Index };
                switch (head)
                {
                    case "list" or "List" when args.Count == 1:
                        return ContainerType.List(FromAnnotation(args[0]));
                    case "set" or "Set" or "frozenset" when args.Count == 1:
                        return ContainerType.Set(FromAnnotation(args[0]));
                    case "dict" or "Dict" when args.Count == 2:
                        return ContainerType.Dict(FromAnnotation(args[0]), FromAnnotation(args[1]));
                    case "tuple" or "Tuple":
                        return args.Any(a => a is LiteralExpressionSyntax { Kind: SyntaxKind.EllipsisLiteralExpression }) ? PyType.Dynamic : ContainerType.Tuple(args.Select(FromAnnotation));
                    case "Optional" when args.Count == 1:
                        return UnionType.Create(new[] { FromAnnotation(args[0]), PyType.None });
                    case "Union":
                        return UnionType.Create(args.Select(FromAnnotation));
                    case "Callable" when args.Count == 2:
                        return new CallableType(
                            args[0] is ListExpressionSyntax ps ? ps.Elements.Select(FromAnnotation).ToImmutableArray() : null,
                            FromAnnotation(args[1]));
                    case "type" or "Type":
                        return PyType.Dynamic;
                }
                return PyType.Dynamic;
            }
            case LiteralExpressionSyntax { Kind: SyntaxKind.StringLiteralExpression } s:
            {
                // A string annotation: parse its contents as an expression.
                var text = s.Token.Text.Trim('\'', '"');
                var tree = PythonSyntaxTree.ParseText(text + "\n");
                if (tree.GetRoot().Statements.FirstOrDefault() is SimpleStatementLineSyntax line && line.Statements.FirstOrDefault() is ExpressionStatementSyntax es
                    && es.Expression is IdentifierNameSyntax inner)
                {
                    return inner.Identifier.Text switch
                    {
                        "int" => PyType.Int,
                        "float" => PyType.Float,
                        "bool" => PyType.Bool,
                        "str" => PyType.Str,
                        _ => PyType.Dynamic,
                    };
                }
                return PyType.Dynamic;
            }
        }
        return PyType.Dynamic;
    }
}
