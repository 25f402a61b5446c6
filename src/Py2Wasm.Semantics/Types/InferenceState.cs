using Py2Wasm.Syntax;

namespace Py2Wasm.Semantics;

/// <summary>An attribute of the instances of a class, as assigned through <c>self.x = …</c> (or any <c>obj.x = …</c>).</summary>
internal readonly record struct AttributeKey(ClassSymbol Class, string Name);

/// <summary>
/// What whole-program inference knows at one step of its fixed point: the join of the argument types every call
/// site passes to each unannotated parameter, of the values each function returns, of the values stored in each
/// instance attribute, and of what is put into each container (<c>append</c>, <c>add</c>, item stores), keyed by
/// the variable, parameter or attribute holding it. A missing entry means "nothing seen yet" (bottom).
/// Built by one thread, then only read.
/// </summary>
internal sealed class InferenceState
{
    public Dictionary<ParameterSymbol, PyType> Parameters { get; } = new();

    public Dictionary<FunctionSymbol, PyType> Returns { get; } = new();

    public Dictionary<AttributeKey, PyType> Attributes { get; } = new();

    /// <summary>Container hints: a <see cref="ContainerType"/> per location (a <see cref="PySymbol"/> or an <see cref="AttributeKey"/>).</summary>
    public Dictionary<object, PyType> Elements { get; } = new();

    /// <summary>Where an entry first became dynamic: the syntax that brought the dynamic value in.</summary>
    public Dictionary<object, SyntaxNode> DynamicOrigins { get; } = new();

    /// <summary>The first store of each attribute (where its diagnostics point).</summary>
    public Dictionary<AttributeKey, SyntaxNode> AttributeSites { get; } = new();

    /// <summary>Entries a named budget turned dynamic, with the budget's name.</summary>
    public Dictionary<object, string> Widened { get; } = new();

    public bool SameAs(InferenceState other) =>
        Same(Parameters, other.Parameters) && Same(Returns, other.Returns) && Same(Attributes, other.Attributes) && Same(Elements, other.Elements);

    private static bool Same<TKey>(Dictionary<TKey, PyType> a, Dictionary<TKey, PyType> b)
        where TKey : notnull =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var t) && t.Equals(p.Value));

    /// <summary>A copy to grow in the next step (the state only grows, so the fixed point is reached).</summary>
    public InferenceState Copy()
    {
        var c = new InferenceState();
        CopyInto(Parameters, c.Parameters);
        CopyInto(Returns, c.Returns);
        CopyInto(Attributes, c.Attributes);
        CopyInto(Elements, c.Elements);
        CopyInto(DynamicOrigins, c.DynamicOrigins);
        CopyInto(AttributeSites, c.AttributeSites);
        CopyInto(Widened, c.Widened);
        return c;
    }

    private static void CopyInto<TKey, TValue>(Dictionary<TKey, TValue> from, Dictionary<TKey, TValue> to)
        where TKey : notnull
    {
        foreach (var p in from)
        {
            to[p.Key] = p.Value;
        }
    }
}
