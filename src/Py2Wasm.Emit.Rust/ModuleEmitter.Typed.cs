using System.Globalization;
using Py2Wasm.Emit.Rust.Scopes;
using Py2Wasm.Syntax;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Emit.Rust;

/// <summary>
/// The float locals of one function body being emitted typed: each name in <see cref="Floats"/> is a Rust
/// <c>Option&lt;f64&gt;</c> (None = unbound) instead of an <c>Option&lt;Obj&gt;</c>; each name in <see cref="Ints"/> is an
/// <c>Option&lt;pyrt::Int&gt;</c>.
/// </summary>
internal sealed record TypedFrame(Scope Scope, HashSet<string> Floats, HashSet<string> Ints);

/// <summary>
/// What <see cref="ModuleEmitter"/> decided for one function: the float locals when the body runs without a guard,
/// and, when some parameters must be floats for more locals to be typed, those parameters and the float locals of
/// the guarded body (emitted next to the dynamic body, chosen at entry by the parameters' run-time types).
/// </summary>
internal sealed record TypedPlan(HashSet<string> Unguarded, List<string> GuardedParams, HashSet<string> Guarded, HashSet<string> Ints,
    bool GuardInts = false, HashSet<string>? GuardedInts = null);

/// <summary>
/// Typed emission of <c>float</c> locals (see docs/emitter.md, "Typed representation"). A function-local analysis
/// proves a local always holds a <c>float</c>: every binding of it is a plain assignment of an expression built only
/// from float literals, float locals, small int literals, <c>+ - * / % //</c>, unary minus/plus and <c>math.sqrt</c>,
/// with at least one float operand per operation. Such a local is an unboxed <c>f64</c>; it is boxed
/// (<c>Obj::Float</c>) wherever it meets dynamic code. Parameters are never trusted: a body that needs float
/// parameters is emitted twice, and the typed copy runs only when the arguments are exactly <c>float</c> at run time.
/// Functions with <c>try</c>, <c>with</c>, <c>match</c>, imports, <c>global</c>/<c>nonlocal</c> or generators are
/// left dynamic. A typed local has another Rust type than an <c>Obj</c> local, so a use the emitter did not adapt
/// fails to compile instead of behaving differently.
/// </summary>
internal sealed partial class ModuleEmitter
{
    private TypedFrame? _typed;

    /// <summary>The largest integer literal mixed into float arithmetic (every one up to 2**53 is exact as a double).</summary>
    private const long MaxExactIntLiteral = 1L << 53;

    /// <summary>How many int operands a guarded copy of a body must type (beyond the unguarded analysis) to be emitted.</summary>
    private const int MinGuardedIntOperations = 3;

    /// <summary>Decides the typed locals of a function, or null when it stays dynamic.</summary>
    private TypedPlan? PlanTyped(Scope scope, SyntaxNode node, BlockSyntax? block, IReadOnlyList<string> bindOrder, bool simpleSignature)
    {
        if (_program.DynamicOnly || _hasStarImport || block is null || node is not FunctionDefinitionSyntax { AsyncKeyword.IsNone: true } || scope.IsGenerator) return null;
        var region = RegionNodes(block).ToList();
        if (region.Any(n => n is TryStatementSyntax or WithStatementSyntax or MatchStatementSyntax or ImportStatementSyntax or ImportFromStatementSyntax
                or GlobalStatementSyntax or NonlocalStatementSyntax or YieldExpressionSyntax or YieldFromExpressionSyntax or AwaitExpressionSyntax
                or NamedExpressionSyntax)
            || region.OfType<IdentifierNameSyntax>().Any(i => i.Identifier.Text is "locals" or "vars" or "dir" or "eval" or "exec")
            // A walrus inside a comprehension binds in this function too (`[total := total + x for x in xs]`).
            || region.OfType<ComprehensionExpressionSyntax>().Any(c => c.DescendantNodes().Any(d => d is NamedExpressionSyntax)))
        {
            return null;
        }
        var bindings = new Dictionary<string, List<(SyntaxKind Op, ExpressionSyntax Value)>>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in region)
        {
            switch (n)
            {
                case AssignmentStatementSyntax a:
                    foreach (var t in a.Targets)
                    {
                        if (Unparen(t.Target) is IdentifierNameSyntax id) Bind(id.Identifier.Text, SyntaxKind.EqualsToken, a.Value);
                        else CollectBoundNames(t.Target, excluded);
                    }
                    break;
                case AugmentedAssignmentStatementSyntax a:
                    if (Unparen(a.Target) is IdentifierNameSyntax aid) Bind(aid.Identifier.Text, a.OperatorToken.Kind, a.Value);
                    break;
                case AnnotatedAssignmentStatementSyntax a:
                    if (Unparen(a.Target) is IdentifierNameSyntax nid)
                    {
                        if (a.Value is not null) Bind(nid.Identifier.Text, SyntaxKind.EqualsToken, a.Value);
                    }
                    break;
                case ForStatementSyntax f:
                    if (Unparen(f.Target) is IdentifierNameSyntax fid && IsBuiltinRangeCall(f.Iterable)) Bind(fid.Identifier.Text, SyntaxKind.ForKeyword, f.Iterable);
                    else CollectBoundNames(f.Target, excluded);
                    break;
                case DeleteStatementSyntax d:
                    foreach (var t in d.Targets) CollectBoundNames(t, excluded);
                    break;
                case FunctionDefinitionSyntax fd:
                    excluded.Add(fd.Name.Text);
                    break;
                case ClassDefinitionSyntax cd:
                    excluded.Add(cd.Name.Text);
                    break;
            }
        }
        // Candidates: plain locals that are assigned in the body (not parameters, not captured by nested functions).
        var candidates = bindings.Keys.Where(n => scope.Lookup(n) == SymbolKind.Local && !scope.Parameters.Contains(n) && !excluded.Contains(n))
            .ToHashSet(StringComparer.Ordinal);
        var allCandidates = new HashSet<string>(candidates, StringComparer.Ordinal);
        var ints = IntFixpoint(candidates, bindings, new HashSet<string>(StringComparer.Ordinal));
        candidates.ExceptWith(ints);
        var unguarded = Fixpoint(candidates, bindings, new HashSet<string>(StringComparer.Ordinal), ints);
        // Parameters worth guarding: never rebound, plain locals, and a direct operand of float arithmetic once assumed float.
        var guarded = new List<string>();
        var guardedFloats = new HashSet<string>(StringComparer.Ordinal);
        bool nested = region.Any(n => n != block && _scopes.ContainsKey(n));
        // Only a body with float literals is expected to receive floats: an int-only function would get a second body it never runs.
        bool hasFloatLiteral = region.OfType<LiteralExpressionSyntax>().Any(l => l.Kind == SyntaxKind.NumericLiteralExpression &&
            NumberLiteral.Parse(l.Token.Text).Kind == NumberLiteralKind.Float);
        if (simpleSignature && !nested && hasFloatLiteral)
        {
            var paramCandidates = bindOrder.Where(p => scope.Lookup(p) == SymbolKind.Local && !bindings.ContainsKey(p) && !excluded.Contains(p))
                .ToHashSet(StringComparer.Ordinal);
            if (paramCandidates.Count > 0)
            {
                var assumed = Fixpoint(candidates, bindings, paramCandidates, ints);
                var all = new HashSet<string>(assumed, StringComparer.Ordinal);
                all.UnionWith(paramCandidates);
                var used = paramCandidates.Where(p => region.OfType<IdentifierNameSyntax>().Any(i => i.Identifier.Text == p && OperandOfFloatArithmetic(i, all, ints)))
                    .ToHashSet(StringComparer.Ordinal);
                if (used.Count > 0)
                {
                    guarded = bindOrder.Where(used.Contains).ToList();
                    guardedFloats = Fixpoint(candidates, bindings, used, ints);
                    guardedFloats.UnionWith(used);
                    if (guardedFloats.Count == unguarded.Count + used.Count) guarded.Clear();
                }
            }
        }
        if (guarded.Count == 0 && simpleSignature && !nested)
        {
            // Int parameters: never rebound, and a direct operand of int arithmetic or an int comparison once assumed int.
            // The typed copy runs only when each such argument is exactly an int (Obj::Int: not a bool, not a subclass, not a big int).
            var paramCandidates = bindOrder.Where(p => scope.Lookup(p) == SymbolKind.Local && !bindings.ContainsKey(p) && !excluded.Contains(p))
                .ToHashSet(StringComparer.Ordinal);
            if (paramCandidates.Count > 0)
            {
                var all = IntFixpoint(allCandidates, bindings, paramCandidates);
                all.UnionWith(paramCandidates);
                var used = paramCandidates.Where(p => region.OfType<IdentifierNameSyntax>().Any(i => i.Identifier.Text == p && OperandOfIntArithmetic(i, all)))
                    .ToHashSet(StringComparer.Ordinal);
                var gints = IntFixpoint(allCandidates, bindings, used);
                gints.UnionWith(used);
                // A second body costs code size: only worth it when it types several operations (not one `x < 0`).
                int gained = region.OfType<IdentifierNameSyntax>().Count(i => gints.Contains(i.Identifier.Text) && !ints.Contains(i.Identifier.Text) &&
                    OperandOfIntArithmetic(i, gints));
                if (used.Count > 0 && gained >= MinGuardedIntOperations)
                {
                    var rest = new HashSet<string>(allCandidates, StringComparer.Ordinal);
                    rest.ExceptWith(gints);
                    var gfloats = Fixpoint(rest, bindings, new HashSet<string>(StringComparer.Ordinal), gints);
                    return new TypedPlan(unguarded, bindOrder.Where(used.Contains).ToList(), gfloats, ints, GuardInts: true, GuardedInts: gints);
                }
            }
        }
        if (unguarded.Count == 0 && guarded.Count == 0 && ints.Count == 0) return null;
        return new TypedPlan(unguarded, guarded, guardedFloats, ints);

        void Bind(string name, SyntaxKind op, ExpressionSyntax value)
        {
            if (!bindings.TryGetValue(name, out var list)) bindings[name] = list = new();
            list.Add((op, value));
        }
    }

    /// <summary>The largest set of <paramref name="candidates"/> whose every binding is float arithmetic, given <paramref name="givens"/> are floats.</summary>
    private HashSet<string> Fixpoint(HashSet<string> candidates, Dictionary<string, List<(SyntaxKind Op, ExpressionSyntax Value)>> bindings, HashSet<string> givens,
        HashSet<string> ints)
    {
        var set = new HashSet<string>(candidates, StringComparer.Ordinal);
        bool changed = true;
        while (changed)
        {
            changed = false;
            var known = new HashSet<string>(set, StringComparer.Ordinal);
            known.UnionWith(givens);
            foreach (var name in set.ToList())
            {
                if (bindings[name].All(b => b.Op == SyntaxKind.EqualsToken ? IsFloatExpr(b.Value, known, ints)
                        : b.Op != SyntaxKind.ForKeyword && AugmentedStaysFloat(b.Op, b.Value, known, ints))) continue;
                set.Remove(name);
                changed = true;
            }
        }
        return set;
    }

    private bool AugmentedStaysFloat(SyntaxKind op, ExpressionSyntax value, HashSet<string> floats, HashSet<string> ints) =>
        FloatAugOp(op) is not null && (IsFloatExpr(value, floats, ints) || IsIntExpr(value, ints));

    /// <summary>The arithmetic an augmented operator token stands for, when typed floats support it.</summary>
    private static SyntaxKind? FloatAugOp(SyntaxKind op) =>
        SyntaxFacts.GetAugmentedAssignmentExpressionKind(op) is var k && IsFloatArithmetic(k) ? k : null;

    private static bool IsFloatArithmetic(SyntaxKind k) => k is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression
        or SyntaxKind.DivideExpression or SyntaxKind.FloorDivideExpression or SyntaxKind.ModuloExpression;

    /// <summary>True when <paramref name="e"/> always evaluates to a <c>float</c> (or raises) given <paramref name="floats"/> hold floats.</summary>
    private bool IsFloatExpr(ExpressionSyntax e, HashSet<string> floats, HashSet<string> ints) => IsFloatExpr(e, floats, ints, 0);

    /// <summary>Expressions nested deeper than this stay dynamic (the analysis recurses; the answer must not depend on the stack).</summary>
    private const int MaxTypedDepth = 100;

    private bool IsFloatExpr(ExpressionSyntax e, HashSet<string> floats, HashSet<string> ints, int depth)
    {
        if (depth > MaxTypedDepth) return false;
        depth++;
        switch (e)
        {
            case ParenthesizedExpressionSyntax p:
                return IsFloatExpr(p.Expression, floats, ints, depth);
            case LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } lit:
                return NumberLiteral.Parse(lit.Token.Text).Kind == NumberLiteralKind.Float;
            case IdentifierNameSyntax id:
                return floats.Contains(id.Identifier.Text);
            case UnaryExpressionSyntax { Kind: SyntaxKind.UnaryMinusExpression or SyntaxKind.UnaryPlusExpression } u:
                return IsFloatExpr(u.Operand, floats, ints, depth);
            case BinaryExpressionSyntax b when IsFloatArithmetic(b.Kind):
                {
                    bool l = IsFloatExpr(b.Left, floats, ints, depth), r = IsFloatExpr(b.Right, floats, ints, depth);
                    if ((l && r) || (l && IsIntExpr(b.Right, ints, depth)) || (r && IsIntExpr(b.Left, ints, depth))) return true;
                    // int / int is a float (correctly rounded by Int::truediv, as the dynamic operation).
                    return b.Kind == SyntaxKind.DivideExpression && !l && !r && IsIntExpr(b.Left, ints, depth) && IsIntExpr(b.Right, ints, depth);
                }
            case CallExpressionSyntax c:
                return SqrtArgument(c) is { } arg && (IsFloatExpr(arg, floats, ints, depth) || ExactIntLiteral(arg) is not null);
            default:
                return false;
        }
    }

    /// <summary>The argument of <c>math.sqrt(x)</c> (a module attribute call with one positional argument), else null.</summary>
    /// The dynamic code calls the runtime's <c>math.sqrt</c> directly in exactly this case (the module is not patched).
    private ExpressionSyntax? SqrtArgument(CallExpressionSyntax c) =>
        c.Expression is MemberAccessExpressionSyntax { Name.Text: "sqrt" } m && ModuleAlias(m.Expression, out var module) is not null && module == "math" &&
        !_program.ProgramModules.Contains(module) && _program.IsSealed(module) &&
        _program.Mappings.GetModule(module)?.GetMember("sqrt") is { Kind: Py2Wasm.Mapping.MemberKind.Function } &&
        c.ArgumentList.Arguments.Count == 1 && c.ArgumentList.Arguments[0] is { Name.IsNone: true, StarToken.IsNone: true } a ? a.Expression : null;

    /// <summary>The value of a non-negative integer literal small enough to be exact as a double, else null.</summary>
    private static long? ExactIntLiteral(ExpressionSyntax e)
    {
        if (e is ParenthesizedExpressionSyntax p) return ExactIntLiteral(p.Expression);
        if (e is not LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } lit) return null;
        var v = NumberLiteral.Parse(lit.Token.Text);
        return v.Kind == NumberLiteralKind.Integer && v.IsSmallInteger && v.SmallInteger <= MaxExactIntLiteral ? v.SmallInteger : null;
    }

    /// <summary>True when <paramref name="id"/> is a direct operand of arithmetic or a comparison whose other operand is a float.</summary>
    private bool OperandOfFloatArithmetic(IdentifierNameSyntax id, HashSet<string> floats, HashSet<string> ints)
    {
        SyntaxNode child = id;
        var parent = id.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            child = parent;
            parent = parent.Parent;
        }
        return parent switch
        {
            BinaryExpressionSyntax b when IsFloatArithmetic(b.Kind) => IsFloatExpr(b, floats, ints),
            AugmentedAssignmentStatementSyntax a when a.Value == child => AugmentedStaysFloat(a.OperatorToken.Kind, a.Value, floats, ints),
            ComparisonExpressionSyntax c => TypedComparable(c, floats, ints),
            ComparisonOperandSyntax { Parent: ComparisonExpressionSyntax c } => TypedComparable(c, floats, ints),
            _ => false,
        };
    }

    private bool TypedComparable(ComparisonExpressionSyntax c, HashSet<string> floats, HashSet<string> ints) =>
        c.Comparisons.Count == 1 && c.Comparisons[0].SecondOperatorToken.IsNone && FloatCompareOp(c.Comparisons[0].OperatorToken.Kind) is not null &&
        ((IsFloatExpr(c.Left, floats, ints) && (IsFloatExpr(c.Comparisons[0].Right, floats, ints) || ExactIntLiteral(c.Comparisons[0].Right) is not null)) ||
         (IsFloatExpr(c.Comparisons[0].Right, floats, ints) && ExactIntLiteral(c.Left) is not null));

    /// <summary>A single comparison of two int expressions (exact, as Python compares ints).</summary>
    private bool IntComparable(ComparisonExpressionSyntax c, HashSet<string> ints) =>
        c.Comparisons.Count == 1 && c.Comparisons[0].SecondOperatorToken.IsNone && FloatCompareOp(c.Comparisons[0].OperatorToken.Kind) is not null &&
        IsIntExpr(c.Left, ints) && IsIntExpr(c.Comparisons[0].Right, ints);

    private static string? FloatCompareOp(SyntaxKind k) => k switch
    {
        SyntaxKind.LessThanToken => "<",
        SyntaxKind.LessThanEqualsToken => "<=",
        SyntaxKind.GreaterThanToken => ">",
        SyntaxKind.GreaterThanEqualsToken => ">=",
        SyntaxKind.EqualsEqualsToken => "==",
        SyntaxKind.ExclamationEqualsToken => "!=",
        _ => null,
    };

    /// <summary>The nodes of a function body, not entering nested functions, lambdas, classes or comprehensions.</summary>
    private IEnumerable<SyntaxNode> RegionNodes(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            if (n != root && _scopes.ContainsKey(n)) continue;
            foreach (var c in n.ChildNodes()) stack.Push(c);
        }
    }

    private static ExpressionSyntax Unparen(ExpressionSyntax e) => e is ParenthesizedExpressionSyntax p ? Unparen(p.Expression) : e;

    /// <summary>Adds the names a target (of <c>for</c>, <c>del</c>, an unpacking assignment) binds.</summary>
    private static void CollectBoundNames(ExpressionSyntax target, HashSet<string> into)
    {
        switch (target)
        {
            case IdentifierNameSyntax id:
                into.Add(id.Identifier.Text);
                break;
            case ParenthesizedExpressionSyntax p:
                CollectBoundNames(p.Expression, into);
                break;
            case TupleExpressionSyntax t:
                foreach (var x in t.Elements) CollectBoundNames(x, into);
                break;
            case ListExpressionSyntax l:
                foreach (var x in l.Elements) CollectBoundNames(x, into);
                break;
            case StarredExpressionSyntax s:
                CollectBoundNames(s.Expression, into);
                break;
        }
    }

    // ------------------------------------------------------------------ ints

    /// <summary>The largest set of <paramref name="candidates"/> whose every binding is int arithmetic or a <c>for</c> over <c>range</c>.</summary>
    private HashSet<string> IntFixpoint(HashSet<string> candidates, Dictionary<string, List<(SyntaxKind Op, ExpressionSyntax Value)>> bindings,
        HashSet<string> givens)
    {
        var set = new HashSet<string>(candidates, StringComparer.Ordinal);
        bool changed = true;
        while (changed)
        {
            changed = false;
            var known = new HashSet<string>(set, StringComparer.Ordinal);
            known.UnionWith(givens);
            foreach (var name in set.ToList())
            {
                if (bindings[name].All(b => b.Op switch
                    {
                        SyntaxKind.EqualsToken => IsIntExpr(b.Value, known),
                        SyntaxKind.ForKeyword => true,
                        _ => IntAugOp(b.Op) is not null && IsIntExpr(b.Value, known),
                    })) continue;
                set.Remove(name);
                changed = true;
            }
        }
        return set;
    }

    /// <summary>True when <paramref name="id"/> is a direct operand of int arithmetic (or int true division) or of a comparison of two ints.</summary>
    private bool OperandOfIntArithmetic(IdentifierNameSyntax id, HashSet<string> ints)
    {
        SyntaxNode child = id;
        var parent = id.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            child = parent;
            parent = parent.Parent;
        }
        return parent switch
        {
            BinaryExpressionSyntax b when IsIntArithmetic(b.Kind) || b.Kind == SyntaxKind.PowerExpression => IsIntExpr(b, ints),
            BinaryExpressionSyntax { Kind: SyntaxKind.DivideExpression } b => IsIntExpr(b.Left, ints) && IsIntExpr(b.Right, ints),
            AugmentedAssignmentStatementSyntax a when a.Value == child => IntAugOp(a.OperatorToken.Kind) is not null && IsIntExpr(a.Value, ints),
            // `r = n`: the parameter seeds a local that is an int once the parameter is.
            AssignmentStatementSyntax a when a.Value == child => a.Targets.All(t => Unparen(t.Target) is IdentifierNameSyntax tid && ints.Contains(tid.Identifier.Text)),
            ComparisonExpressionSyntax c => IntComparable(c, ints),
            ComparisonOperandSyntax { Parent: ComparisonExpressionSyntax c } => IntComparable(c, ints),
            _ => false,
        };
    }

    /// <summary>The arithmetic an augmented operator token stands for, when typed ints support it.</summary>
    private static SyntaxKind? IntAugOp(SyntaxKind op) =>
        op == SyntaxKind.ForKeyword ? null : SyntaxFacts.GetAugmentedAssignmentExpressionKind(op) is var k && IsIntArithmetic(k) ? k : null;

    private static bool IsIntArithmetic(SyntaxKind k) => k is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression
        or SyntaxKind.FloorDivideExpression or SyntaxKind.ModuloExpression or SyntaxKind.LeftShiftExpression or SyntaxKind.RightShiftExpression
        or SyntaxKind.BitwiseAndExpression or SyntaxKind.BitwiseOrExpression or SyntaxKind.BitwiseXorExpression;

    private bool IsIntExpr(ExpressionSyntax e, HashSet<string> ints) => IsIntExpr(e, ints, 0);

    /// <summary>True when <paramref name="e"/> always evaluates to an exact <c>int</c> (never a bool) or raises, given <paramref name="ints"/> hold ints.</summary>
    private bool IsIntExpr(ExpressionSyntax e, HashSet<string> ints, int depth)
    {
        if (depth > MaxTypedDepth) return false;
        depth++;
        switch (e)
        {
            case ParenthesizedExpressionSyntax p:
                return IsIntExpr(p.Expression, ints, depth);
            case LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } lit:
                return NumberLiteral.Parse(lit.Token.Text).IsSmallInteger;
            case IdentifierNameSyntax id:
                return ints.Contains(id.Identifier.Text);
            case UnaryExpressionSyntax { Kind: SyntaxKind.UnaryMinusExpression or SyntaxKind.UnaryPlusExpression or SyntaxKind.BitwiseNotExpression } u:
                return IsIntExpr(u.Operand, ints, depth);
            case BinaryExpressionSyntax b when IsIntArithmetic(b.Kind):
                return IsIntExpr(b.Left, ints, depth) && IsIntExpr(b.Right, ints, depth);
            case BinaryExpressionSyntax { Kind: SyntaxKind.PowerExpression } b:
                // Only a literal exponent >= 0 keeps the result an int (a negative one gives a float).
                return IsIntExpr(b.Left, ints, depth) && Unparen(b.Right) is LiteralExpressionSyntax { Kind: SyntaxKind.NumericLiteralExpression } r &&
                    NumberLiteral.Parse(r.Token.Text) is { IsSmallInteger: true, SmallInteger: >= 0 and <= 64 };
            case ConditionalExpressionSyntax c:
                return IsIntExpr(c.WhenTrue, ints, depth) && IsIntExpr(c.WhenFalse, ints, depth);
            case CallExpressionSyntax c:
                return LenArgument(c) is not null;
            default:
                return false;
        }
    }

    /// <summary>True when <paramref name="name"/> here is the built-in of that name, called directly by the dynamic code.</summary>
    private bool IsDirectBuiltin(string name) =>
        KindOf(name, out _) == SymbolKind.Global && !_slots.ContainsKey(name) && !_moduleAliases.ContainsKey(name) && KnownNames.IsBuiltin(name) &&
        !KnownNames.DynamicCode.Contains(name) && !KnownNames.OtherBuiltins.Contains(name);

    /// <summary>The argument of <c>len(x)</c> (the built-in, one plain positional argument), else null.</summary>
    private ExpressionSyntax? LenArgument(CallExpressionSyntax c) =>
        c.Expression is IdentifierNameSyntax { Identifier.Text: "len" } && IsDirectBuiltin("len") &&
        c.ArgumentList.Arguments.Count == 1 && c.ArgumentList.Arguments[0] is { Name.IsNone: true, StarToken.IsNone: true } a ? a.Expression : null;

    /// <summary>True for <c>range(...)</c> of the built-in with one to three plain positional arguments (it yields only ints).</summary>
    private bool IsBuiltinRangeCall(ExpressionSyntax e) =>
        Unparen(e) is CallExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "range" } } c && IsDirectBuiltin("range") &&
        c.ArgumentList.Arguments.Count is >= 1 and <= 3 && c.ArgumentList.Arguments.All(a => a.Name.IsNone && a.StarToken.IsNone);

    // ------------------------------------------------------------------ emission

    /// <summary>True when <paramref name="name"/>, read here, is a typed float local of the function being emitted.</summary>
    private bool IsTypedFloat(string name) =>
        _typed is not null && _typed.Floats.Contains(name) && KindOf(name, out var owner) == SymbolKind.Local && owner == _typed.Scope;

    /// <summary>True when <paramref name="name"/>, read here, is a typed int local of the function being emitted.</summary>
    private bool IsTypedInt(string name) =>
        _typed is not null && _typed.Ints.Contains(name) && KindOf(name, out var owner) == SymbolKind.Local && owner == _typed.Scope;

    private HashSet<string> CurrentFloats()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (_typed is null) return set;
        foreach (var n in _typed.Floats)
        {
            if (IsTypedFloat(n)) set.Add(n);
        }
        return set;
    }

    private HashSet<string> CurrentInts()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (_typed is null) return set;
        foreach (var n in _typed.Ints)
        {
            if (IsTypedInt(n)) set.Add(n);
        }
        return set;
    }

    /// <summary>A Rust <c>f64</c> expression computing <paramref name="e"/> when it is provably a float here, else null.</summary>
    private string? FloatCode(ExpressionSyntax e)
    {
        if (_typed is null) return null;
        var floats = CurrentFloats();
        var ints = CurrentInts();
        return IsFloatExpr(e, floats, ints) ? F(e, floats, ints) : null;
    }

    /// <summary>A Rust <c>pyrt::Int</c> expression computing <paramref name="e"/> when it is provably an int here, else null.</summary>
    private string? IntCode(ExpressionSyntax e, bool literals = false)
    {
        if (_typed is null) return null;
        // Boxed, a literal (or a negated one) is already a constant Obj.
        if (!literals && Unparen(e) is LiteralExpressionSyntax or UnaryExpressionSyntax { Operand: LiteralExpressionSyntax }) return null;
        var ints = CurrentInts();
        return IsIntExpr(e, ints) ? I(e, ints) : null;
    }

    /// <summary>Rust <c>f64</c> code for a float expression (checked by <c>IsFloatExpr</c>).</summary>
    private string F(ExpressionSyntax e, HashSet<string> floats, HashSet<string> ints)
    {
        if (ExactIntLiteral(e) is { } k) return RustLiterals.F64(k);
        switch (e)
        {
            case ParenthesizedExpressionSyntax p:
                return F(p.Expression, floats, ints);
            case LiteralExpressionSyntax lit:
                return RustLiterals.F64(NumberLiteral.Parse(lit.Token.Text).Double);
            case IdentifierNameSyntax id:
                return "emit::local_f64(&" + LocalVar(id.Identifier.Text) + ", " + Str(id.Identifier.Text) + ")?";
            case UnaryExpressionSyntax u:
                return u.Kind == SyntaxKind.UnaryMinusExpression ? "(-" + F(u.Operand, floats, ints) + ")" : F(u.Operand, floats, ints);
            case BinaryExpressionSyntax b:
                {
                    bool l = IsFloatExpr(b.Left, floats, ints), r = IsFloatExpr(b.Right, floats, ints);
                    if (!l && !r) return "(" + I(b.Left, ints) + ").truediv(&" + I(b.Right, ints) + ")?";
                    if ((l || ExactIntLiteral(b.Left) is not null) && (r || ExactIntLiteral(b.Right) is not null))
                        return FloatBinary(b.Kind, F(b.Left, floats, ints), F(b.Right, floats, ints));
                    // float op int: both operands are evaluated, then the int is converted (OverflowError when too large).
                    var x = Tmp("x");
                    var y = Tmp("y");
                    return "{ let " + x + " = " + (l ? F(b.Left, floats, ints) : I(b.Left, ints)) + "; let " + y + " = " + (r ? F(b.Right, floats, ints) : I(b.Right, ints)) + "; " +
                        FloatBinary(b.Kind, l ? x : "emit::int_f64(&" + x + ")?", r ? y : "emit::int_f64(&" + y + ")?") + " }";
                }
            case CallExpressionSyntax c:
                return "emit::f64_sqrt(" + F(SqrtArgument(c)!, floats, ints) + ")?";
            default:
                throw new InvalidOperationException("not a float expression: " + e.Kind);
        }
    }

    /// <summary>Rust <c>pyrt::Int</c> code for an int expression (checked by <c>IsIntExpr</c>); operands are evaluated left to right.</summary>
    private string I(ExpressionSyntax e, HashSet<string> ints)
    {
        switch (e)
        {
            case ParenthesizedExpressionSyntax p:
                return I(p.Expression, ints);
            case LiteralExpressionSyntax lit:
                return "pyrt::Int::Small(" + NumberLiteral.Parse(lit.Token.Text).SmallInteger.ToString(CultureInfo.InvariantCulture) + "_i64)";
            case IdentifierNameSyntax id:
                return "emit::local_int(&" + LocalVar(id.Identifier.Text) + ", " + Str(id.Identifier.Text) + ")?";
            case UnaryExpressionSyntax u:
                return u.Kind switch
                {
                    SyntaxKind.UnaryMinusExpression when Unparen(u.Operand) is LiteralExpressionSyntax nl && NumberLiteral.Parse(nl.Token.Text).SmallInteger is var nv
                        && nv != long.MinValue => "pyrt::Int::Small(" + (-nv).ToString(CultureInfo.InvariantCulture) + "_i64)",
                    SyntaxKind.UnaryMinusExpression => "(" + I(u.Operand, ints) + ").neg()",
                    SyntaxKind.BitwiseNotExpression => "(" + I(u.Operand, ints) + ").invert()",
                    _ => I(u.Operand, ints),
                };
            case BinaryExpressionSyntax { Kind: SyntaxKind.PowerExpression } b:
                return "(" + I(b.Left, ints) + ").pow_nonneg(&" + I(b.Right, ints) + ")?";
            case BinaryExpressionSyntax b:
                return IntBinary(b.Kind, I(b.Left, ints), I(b.Right, ints));
            case ConditionalExpressionSyntax c:
                return "(if " + Cond(c.Condition) + " { " + I(c.WhenTrue, ints) + " } else { " + I(c.WhenFalse, ints) + " })";
            case CallExpressionSyntax c:
                {
                    var arg = LenArgument(c)!;
                    return "emit::len_int(&" + Ref(arg) + ")?";
                }
            default:
                throw new InvalidOperationException("not an int expression: " + e.Kind);
        }
    }

    /// <summary>Int arithmetic on two Rust <c>pyrt::Int</c> expressions (the receiver is evaluated before the argument).</summary>
    private static string IntBinary(SyntaxKind kind, string a, string b) => kind switch
    {
        SyntaxKind.AddExpression => "(" + a + ").add(&" + b + ")",
        SyntaxKind.SubtractExpression => "(" + a + ").sub(&" + b + ")",
        SyntaxKind.MultiplyExpression => "(" + a + ").mul(&" + b + ")",
        SyntaxKind.FloorDivideExpression => "(" + a + ").floordiv(&" + b + ")?",
        SyntaxKind.ModuloExpression => "(" + a + ").modulo(&" + b + ")?",
        SyntaxKind.LeftShiftExpression => "(" + a + ").lshift(&" + b + ")?",
        SyntaxKind.RightShiftExpression => "(" + a + ").rshift(&" + b + ")?",
        SyntaxKind.BitwiseAndExpression => "(" + a + ").bitand(&" + b + ")",
        SyntaxKind.BitwiseOrExpression => "(" + a + ").bitor(&" + b + ")",
        SyntaxKind.BitwiseXorExpression => "(" + a + ").bitxor(&" + b + ")",
        _ => throw new InvalidOperationException("not int arithmetic: " + kind),
    };

    private static string FloatBinary(SyntaxKind kind, string a, string b) => kind switch
    {
        SyntaxKind.AddExpression => "(" + a + " + " + b + ")",
        SyntaxKind.SubtractExpression => "(" + a + " - " + b + ")",
        SyntaxKind.MultiplyExpression => "(" + a + " * " + b + ")",
        SyntaxKind.DivideExpression => "pyrt::float::truediv(" + a + ", " + b + ")?",
        SyntaxKind.FloorDivideExpression => "pyrt::float::floordiv(" + a + ", " + b + ")?",
        SyntaxKind.ModuloExpression => "pyrt::float::modulo(" + a + ", " + b + ")?",
        _ => throw new InvalidOperationException("not float arithmetic: " + kind),
    };

    private static string IntCompareMethod(SyntaxKind k) => k switch
    {
        SyntaxKind.LessThanToken => "is_lt",
        SyntaxKind.LessThanEqualsToken => "is_le",
        SyntaxKind.GreaterThanToken => "is_gt",
        SyntaxKind.GreaterThanEqualsToken => "is_ge",
        SyntaxKind.EqualsEqualsToken => "is_eq",
        _ => "is_ne",
    };

    /// <summary>A comparison of two floats or two ints as a Rust <c>bool</c> (IEEE comparisons are Python's for floats), else null.</summary>
    private string? TypedComparison(ComparisonExpressionSyntax c)
    {
        if (_typed is null) return null;
        var floats = CurrentFloats();
        var ints = CurrentInts();
        var op = c.Comparisons[0];
        if (TypedComparable(c, floats, ints))
        {
            var l = Tmp("c");
            return "{ let " + l + ": f64 = " + F(c.Left, floats, ints) + "; " + l + " " + FloatCompareOp(op.OperatorToken.Kind) + " " + F(op.Right, floats, ints) + " }";
        }
        if (IntComparable(c, ints))
        {
            var l = Tmp("c");
            return "{ let " + l + ": pyrt::Int = " + I(c.Left, ints) + "; " + l + ".cmp(&" + I(op.Right, ints) + ")." + IntCompareMethod(op.OperatorToken.Kind) + "() }";
        }
        return null;
    }

    /// <summary>Rust code storing a typed value held in Rust variable <paramref name="v"/> into target <paramref name="t"/>.</summary>
    private void StoreTyped(ExpressionSyntax t, string v, bool isInt)
    {
        if (Unparen(t) is IdentifierNameSyntax id && (isInt ? IsTypedInt(id.Identifier.Text) : IsTypedFloat(id.Identifier.Text)))
            _w.Line(LocalVar(id.Identifier.Text) + " = Some(" + v + (isInt ? ".clone()" : "") + ");");
        else EmitStore(t, isInt ? v + ".clone().into_obj()" : "Obj::Float(" + v + ")");
    }

    /// <summary><c>a = b = value</c> where a target is a typed local: the value is computed once, unboxed.</summary>
    private bool EmitTypedAssignment(IReadOnlyList<ExpressionSyntax> targets, ExpressionSyntax value)
    {
        if (_typed is null) return false;
        if (targets.Any(t => Unparen(t) is IdentifierNameSyntax id && IsTypedInt(id.Identifier.Text)))
        {
            var v = Tmp();
            var icode = IntCode(value, literals: true) ?? throw new InvalidOperationException("typed int local assigned a value that is not an int");
            _w.Line("let " + v + ": pyrt::Int = " + icode + ";");
            foreach (var t in targets) StoreTyped(t, v, isInt: true);
            return true;
        }
        if (!targets.Any(t => Unparen(t) is IdentifierNameSyntax id && IsTypedFloat(id.Identifier.Text))) return false;
        var code = FloatCode(value) ?? throw new InvalidOperationException("typed local assigned a value that is not a float");
        var fv = Tmp();
        _w.Line("let " + fv + ": f64 = " + code + ";");
        foreach (var t in targets) StoreTyped(t, fv, isInt: false);
        return true;
    }

    /// <summary><c>x op= value</c> on a typed local: <c>x</c> is read (unbound raises first), then <c>value</c>, then the result stored.</summary>
    private bool EmitTypedAugmented(AugmentedAssignmentStatementSyntax a)
    {
        if (Unparen(a.Target) is not IdentifierNameSyntax id) return false;
        var name = id.Identifier.Text;
        if (!IsTypedInt(name) && !IsTypedFloat(name)) return false;
        var floats = CurrentFloats();
        var ints = CurrentInts();
        var cur = Tmp();
        var v = Tmp();
        if (IsTypedInt(name))
        {
            var ikind = IntAugOp(a.OperatorToken.Kind) ?? throw new InvalidOperationException("typed int local updated by " + a.OperatorToken.Kind);
            _w.Line("let " + cur + ": pyrt::Int = emit::local_int(&" + LocalVar(name) + ", " + Str(name) + ")?;");
            _w.Line("let " + v + ": pyrt::Int = " + I(a.Value, ints) + ";");
            _w.Line(LocalVar(name) + " = Some(" + IntBinary(ikind, cur, v) + ");");
            return true;
        }
        if (!IsTypedFloat(name)) return false;
        var kind = FloatAugOp(a.OperatorToken.Kind) ?? throw new InvalidOperationException("typed local updated by " + a.OperatorToken.Kind);
        _w.Line("let " + cur + ": f64 = emit::local_f64(&" + LocalVar(name) + ", " + Str(name) + ")?;");
        if (IsFloatExpr(a.Value, floats, ints) || ExactIntLiteral(a.Value) is not null)
        {
            _w.Line("let " + v + ": f64 = " + F(a.Value, floats, ints) + ";");
            _w.Line(LocalVar(name) + " = Some(" + FloatBinary(kind, cur, v) + ");");
        }
        else
        {
            _w.Line("let " + v + ": pyrt::Int = " + I(a.Value, ints) + ";");
            _w.Line(LocalVar(name) + " = Some(" + FloatBinary(kind, cur, "emit::int_f64(&" + v + ")?") + ");");
        }
        return true;
    }

    /// <summary>
    /// Writes a function body per <paramref name="plan"/>: typed without a guard, or the typed copy (parameters unboxed)
    /// when every guarded argument is a <c>float</c> and the dynamic body otherwise. Writes <c>let r = ...;</c>.
    /// </summary>
    private void EmitTypedBodies(Scope scope, TypedPlan plan, Action body)
    {
        if (plan.GuardedParams.Count == 0)
        {
            _w.Line("let r = (|| -> PyResult<Obj> {");
            _w.Indent++;
            WithTyped(new TypedFrame(scope, plan.Unguarded, plan.Ints), () => DeclareLocals(scope, skipParams: true));
            WithTyped(new TypedFrame(scope, plan.Unguarded, plan.Ints), body);
            _w.Line("Ok(Obj::None)");
            _w.Indent--;
            _w.Line("})();");
            return;
        }
        var ps = plan.GuardedParams;
        var gs = Enumerable.Range(0, ps.Count).Select(i => "g" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        string Tuple(IEnumerable<string> xs) => ps.Count == 1 ? xs.Single() : "(" + string.Join(", ", xs) + ")";
        var variant = plan.GuardInts ? "Obj::Int(" : "Obj::Float(";
        _w.Line("let typed_args = match " + Tuple(ps.Select(p => "&" + LocalVar(p))) + " { " +
            Tuple(gs.Select(g => "Some(" + variant + g + "))")) + " => Some(" + Tuple(gs.Select(g => "*" + g)) + "), _ => None };");
        // The dynamic body first (into its own writer), so diagnostics are reported once, from the plain code.
        var before = _diagnostics.Count;
        var saved = _w;
        var dynamic = new CodeWriter { Indent = saved.Indent + 1 };
        _w = dynamic;
        _w.Line("(|| -> PyResult<Obj> {");
        _w.Indent++;
        // The fallback body keeps the locals typed that need no guard.
        var unguardedFrame = new TypedFrame(scope, plan.Unguarded, plan.Ints);
        WithTyped(unguardedFrame, () => DeclareLocals(scope, skipParams: true));
        WithTyped(unguardedFrame, body);
        _w.Line("Ok(Obj::None)");
        _w.Indent--;
        _w.Line("})()");
        _w = saved;
        if (_diagnostics.Count != before)
        {
            _w.Line("let r = {");
            _w.Line(dynamic.ToString().TrimEnd('\n'), raw: true);
            _w.Line("};");
            return;
        }
        _w.Line("let r = if let Some(" + Tuple(gs) + ") = typed_args {");
        _w.Indent++;
        _w.Line("(|| -> PyResult<Obj> {");
        _w.Indent++;
        for (int i = 0; i < ps.Count; i++)
        {
            _w.Line("let mut " + LocalVar(ps[i]) + (plan.GuardInts ? ": Option<pyrt::Int> = Some(pyrt::Int::Small(" + gs[i] + "));" : ": Option<f64> = Some(" + gs[i] + ");"));
        }
        var frame = new TypedFrame(scope, plan.Guarded, plan.GuardInts ? plan.GuardedInts! : plan.Ints);
        WithTyped(frame, () => DeclareLocals(scope, skipParams: true));
        WithTyped(frame, body);
        _w.Line("Ok(Obj::None)");
        _w.Indent--;
        _w.Line("})()");
        _w.Indent--;
        _w.Line("} else {");
        _w.Line(dynamic.ToString().TrimEnd('\n'), raw: true);
        _w.Line("};");
    }

    private void WithTyped(TypedFrame frame, Action action)
    {
        var saved = _typed;
        _typed = frame;
        try
        {
            action();
        }
        finally
        {
            _typed = saved;
        }
    }
}
