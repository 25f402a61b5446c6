using System.Collections.Immutable;
using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>
/// Whole-program inference in the spirit of Shedskin's iterative analysis: starting from "nothing known", every
/// step evaluates the program against the current <see cref="InferenceState"/> and joins what it sees — argument
/// types at every call site into unannotated parameters, returned values into return types, stores through
/// <c>obj.x = …</c> into attribute types, <c>append</c>/<c>add</c>/item stores into container element types — until
/// nothing changes. The state only grows and types are bounded by named budgets, so the loop ends; if it has not
/// ended after <see cref="FixedPointIterationBudget"/> steps, what still changes becomes dynamic (reported).
/// Then one final evaluator answers every question, and a last walk reports PY2xxx diagnostics.
/// </summary>
internal sealed class ProgramInference
{
    /// <summary>Named budget: the most steps of the fixed point before whatever still changes falls back to dynamic.</summary>
    public const int FixedPointIterationBudget = 24;

    private readonly Dictionary<PythonSyntaxTree, List<Diagnostic>> _diagnostics = new();

    private ProgramInference(TypeEvaluator final, int iterations)
    {
        Final = final;
        Iterations = iterations;
    }

    /// <summary>The evaluator over the fixed point.</summary>
    public TypeEvaluator Final { get; }

    /// <summary>How many steps the fixed point took.</summary>
    public int Iterations { get; }

    /// <summary>The PY2xxx diagnostics of one tree.</summary>
    public IReadOnlyList<Diagnostic> DiagnosticsOf(PythonSyntaxTree tree) =>
        _diagnostics.TryGetValue(tree, out var list) ? list : Array.Empty<Diagnostic>();

    public static ProgramInference Run(SemanticFacts facts, IReadOnlyList<PythonSyntaxTree> trees) =>
        StackGuard.Run(() => RunCore(facts, trees));

    private static ProgramInference RunCore(SemanticFacts facts, IReadOnlyList<PythonSyntaxTree> trees)
    {
        var state = new InferenceState();
        int step = 0;
        while (true)
        {
            step++;
            var next = state.Copy();
            new InferenceWalker(facts, new TypeEvaluator(facts, state, final: false), next, report: null).Walk(trees);
            if (next.SameAs(state))
            {
                break;
            }
            if (step == FixedPointIterationBudget)
            {
                GiveUp(state, next);
                state = next;
                break;
            }
            state = next;
        }
        var final = new TypeEvaluator(facts, state, final: true);
        var result = new ProgramInference(final, step);
        new InferenceWalker(facts, final, state.Copy(), result.Report).Walk(trees);
        result.ReportFallbacks(facts, trees, state);
        return result;
    }

    /// <summary>The budget is spent: every entry that still changed becomes dynamic.</summary>
    private static void GiveUp(InferenceState previous, InferenceState next)
    {
        static void Widen<TKey>(Dictionary<TKey, PyType> before, Dictionary<TKey, PyType> after, InferenceState state)
            where TKey : notnull
        {
            foreach (var key in after.Keys.ToList())
            {
                if (!before.TryGetValue(key, out var old) || !old.Equals(after[key]))
                {
                    after[key] = PyType.Dynamic;
                    state.Widened[key] = nameof(FixedPointIterationBudget);
                }
            }
        }
        Widen(previous.Parameters, next.Parameters, next);
        Widen(previous.Returns, next.Returns, next);
        Widen(previous.Attributes, next.Attributes, next);
        Widen(previous.Elements, next.Elements, next);
    }

    private void Report(SemanticErrorCode code, SyntaxNode node, params object[] args)
    {
        var tree = node.SyntaxTree;
        if (!_diagnostics.TryGetValue(tree, out var list))
        {
            _diagnostics[tree] = list = new List<Diagnostic>();
        }
        list.Add(Diagnostic.Create(SemanticDiagnostics.Get(code), tree.GetLocation(node.Span), args));
    }

    /// <summary>PY2001/PY2002 for every unannotated parameter, return value and attribute that ends up dynamic: where and why.</summary>
    private void ReportFallbacks(SemanticFacts facts, IReadOnlyList<PythonSyntaxTree> trees, InferenceState state)
    {
        foreach (var tree in trees)
        {
            foreach (var def in tree.GetRoot().DescendantNodes().OfType<FunctionDefinitionSyntax>())
            {
                var f = facts.FunctionFor(def);
                var qualified = QualifiedName(f);
                foreach (var p in f.Parameters)
                {
                    if (p.Annotation is not null || p.ParameterKind is ParameterKind.VarPositional or ParameterKind.VarKeyword
                        || Final.SelfClass(p) is not null || (p.Ordinal == 0 && IsClassMethod(def)))
                    {
                        continue;
                    }
                    var type = Final.TypeOfSymbol(p);
                    if (!type.HasPreciseRepresentation)
                    {
                        ReportFallback(state, p, p.Syntax, $"parameter '{p.Name}' of '{qualified}'", type,
                            state.Parameters.ContainsKey(p) || p.HasDefault ? "calls pass" : null);
                    }
                }
                if (def.ReturnAnnotation is null && !f.IsGenerator && !f.IsAsync && def.Decorators.Count == 0)
                {
                    var type = Final.ReturnType(f, null) ?? PyType.Dynamic;
                    if (!type.HasPreciseRepresentation)
                    {
                        ReportFallback(state, f, def, $"the return value of '{qualified}'", type, "it returns");
                    }
                }
            }
        }
        foreach (var key in state.Attributes.Keys)
        {
            var type = Final.AttributeTypeOf(key);
            if (!type.HasPreciseRepresentation && state.AttributeSites.TryGetValue(key, out var site))
            {
                ReportFallback(state, key, site, $"attribute '{key.Class.Name}.{key.Name}'", type, "it is assigned");
            }
        }
        foreach (var (symbol, budget) in Final.BudgetHits)
        {
            if (symbol.Declarations.FirstOrDefault() is { } declaration && trees.Contains(declaration.SyntaxTree))
            {
                Report(SemanticErrorCode.InferenceBudgetExceeded, declaration, budget, symbol.Name);
            }
        }
    }

    private void ReportFallback(InferenceState state, object key, SyntaxNode site, string what, PyType type, string? verb)
    {
        if (state.Widened.TryGetValue(key, out var budget))
        {
            Report(SemanticErrorCode.InferenceBudgetExceeded, site, budget, what);
            return;
        }
        string why;
        if (verb is null)
        {
            why = "no call in the program passes it a value; annotate it";
        }
        else if (ReferenceEquals(type, PyType.Dynamic) && state.DynamicOrigins.TryGetValue(key, out var origin))
        {
            var line = origin.SyntaxTree.Text.Lines.GetLinePosition(origin.SpanStart).Line + 1;
            why = $"{verb} a value of unknown type at line {line}: '{Shorten(origin.ToString().Trim())}'";
        }
        else if (ReferenceEquals(type, PyType.Dynamic))
        {
            why = $"{verb} values of unknown type";
        }
        else
        {
            why = $"{verb} {type.Name}, which has no unboxed representation; annotate it to choose one";
        }
        Report(SemanticErrorCode.DynamicFallback, site, what, why);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static bool IsClassMethod(FunctionDefinitionSyntax def) =>
        def.Decorators.Any(d => d.Expression is IdentifierNameSyntax { Identifier.Text: "classmethod" });

    /// <summary>CPython's <c>__qualname__</c> of a function: <c>C.m</c>, <c>outer.&lt;locals&gt;.inner</c>.</summary>
    internal static string QualifiedName(FunctionSymbol f)
    {
        var parts = new List<string> { f.Name };
        for (var s = f.ContainingScope; s is not null && s.Kind != ScopeKind.Module; s = s.Parent)
        {
            if (s.Kind == ScopeKind.TypeParameters)
            {
                continue;
            }
            parts.Add(s.Kind == ScopeKind.Class ? s.Name : s.Name + ".<locals>");
        }
        parts.Reverse();
        return string.Join(".", parts);
    }
}
