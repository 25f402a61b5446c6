using System.Collections.Immutable;

namespace Py2Wasm.Semantics;

/// <summary>
/// A Python type as inference sees it, with the Rust representation the emitter gives a value of that type.
/// Anything imprecise is <see cref="Dynamic"/>: the runtime's boxed <c>Obj</c>.
/// </summary>
public abstract class PyType : IEquatable<PyType>
{
    /// <summary>The dynamic (unknown) type: represented by the runtime's <c>Obj</c>.</summary>
    public static PyType Dynamic { get; } = new PrimitiveType("Any", "Obj");
    /// <summary><c>int</c>: a checked i64 fast path that promotes to a bigint on overflow.</summary>
    public static PyType Int { get; } = new PrimitiveType("int", "i64");
    /// <summary><c>float</c>.</summary>
    public static PyType Float { get; } = new PrimitiveType("float", "f64");
    /// <summary><c>bool</c>.</summary>
    public static PyType Bool { get; } = new PrimitiveType("bool", "bool");
    /// <summary><c>str</c>.</summary>
    public static PyType Str { get; } = new PrimitiveType("str", "Str");
    /// <summary><c>None</c>.</summary>
    public static PyType None { get; } = new PrimitiveType("None", "()");
    /// <summary>A <c>range</c> object: start, stop and step as a runtime struct.</summary>
    public static PyType Range { get; } = new PrimitiveType("range", "PyRange");
    /// <summary>
    /// No value seen yet, e.g. the elements of an empty <c>[]</c> before anything is appended. Inference starts from
    /// it; whatever is still unknown at the fixed point becomes <see cref="Dynamic"/> before a client sees it.
    /// </summary>
    internal static PyType Unknown { get; } = new PrimitiveType("Unknown", "Obj");

    /// <summary>
    /// Named budget: a union with more alternatives than this is represented as the dynamic type
    /// (a Rust enum over more than a handful of types buys nothing over <c>Obj</c>).
    /// </summary>
    public const int UnionWidthBudget = 4;

    /// <summary>Named budget: types nested deeper than this (<c>list[list[...]]</c>) become dynamic, so inference terminates.</summary>
    public const int NestingDepthBudget = 6;

    /// <summary>The Python spelling, e.g. <c>list[int]</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The Rust representation, e.g. <c>Vec&lt;i64&gt;</c> (a shared handle) or <c>Obj</c>.</summary>
    public abstract string RustType { get; }

    /// <summary>True unless the value needs the dynamic representation.</summary>
    public bool IsPrecise => !ReferenceEquals(this, Dynamic) && this is not UnionType { HasDynamic: true };

    /// <summary>True when the Rust representation is unboxed all the way down (contains no <c>Obj</c>).</summary>
    public bool HasPreciseRepresentation => !RustType.Contains("Obj", StringComparison.Ordinal);

    /// <summary>How deeply container types nest inside this one (a primitive is 0).</summary>
    internal virtual int Depth => 0;

    /// <summary>This type with every <see cref="Unknown"/> inside replaced by <see cref="Dynamic"/>.</summary>
    internal virtual PyType WithoutUnknown() => ReferenceEquals(this, Unknown) ? Dynamic : this;

    /// <inheritdoc/>
    public override string ToString() => $"{Name} -> {RustType}";

    /// <inheritdoc/>
    public bool Equals(PyType? other) => other is not null && Name == other.Name;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PyType t && Equals(t);

    /// <inheritdoc/>
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    /// <summary>The smallest type containing both (a union, widened to float for int|float).</summary>
    public static PyType Join(PyType a, PyType b)
    {
        if (a.Equals(b))
        {
            return a;
        }
        if (ReferenceEquals(a, Dynamic) || ReferenceEquals(b, Dynamic))
        {
            return Dynamic;
        }
        if (ReferenceEquals(a, Unknown))
        {
            return b;
        }
        if (ReferenceEquals(b, Unknown))
        {
            return a;
        }
        if (a is ContainerType ca && b is ContainerType cb && ca.Kind == cb.Kind && ca.Arguments.Length == cb.Arguments.Length)
        {
            // Shedskin-style: one list variable holds one element type, the join of everything put into it;
            // tuples of one length join position by position.
            return Limit(new ContainerType(ca.Kind, ca.Arguments.Zip(cb.Arguments, Join).ToImmutableArray()));
        }
        if (a is InstanceType ia && b is InstanceType ib && CommonBase(ia.Class, ib.Class) is { } common)
        {
            // Instances of related classes join to their nearest common base: one struct handle with dynamic
            // dispatch; method and attribute types then cover every subclass that overrides them.
            return new InstanceType(common);
        }
        if ((a.Equals(Int) && b.Equals(Float)) || (a.Equals(Float) && b.Equals(Int)))
        {
            return Float;
        }
        return UnionType.Create(new[] { a, b });
    }

    private static ClassSymbol? CommonBase(ClassSymbol a, ClassSymbol b)
    {
        var bases = b.Mro.IsEmpty ? ImmutableArray.Create(b) : b.Mro;
        foreach (var c in a.Mro.IsEmpty ? ImmutableArray.Create(a) : a.Mro)
        {
            if (bases.Contains(c))
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>Applies <see cref="NestingDepthBudget"/>.</summary>
    internal static PyType Limit(PyType t) => t.Depth > NestingDepthBudget ? Dynamic : t;
}

internal sealed class PrimitiveType : PyType
{
    public PrimitiveType(string name, string rust)
    {
        Name = name;
        RustType = rust;
    }

    public override string Name { get; }

    public override string RustType { get; }
}

/// <summary>A builtin generic container: list, set, dict or tuple.</summary>
public sealed class ContainerType : PyType
{
    internal ContainerType(string kind, ImmutableArray<PyType> arguments)
    {
        Kind = kind;
        Arguments = arguments;
    }

    /// <summary><c>list</c>, <c>set</c>, <c>dict</c> or <c>tuple</c>.</summary>
    public string Kind { get; }

    /// <summary>Element types (key and value for dict; each element for tuple).</summary>
    public ImmutableArray<PyType> Arguments { get; }

    internal override int Depth => 1 + (Arguments.IsEmpty ? 0 : Arguments.Max(a => a.Depth));

    internal override PyType WithoutUnknown() => new ContainerType(Kind, Arguments.Select(a => a.WithoutUnknown()).ToImmutableArray());

    /// <inheritdoc/>
    public override string Name => Kind == "tuple" && Arguments.IsEmpty ? "tuple[()]" : $"{Kind}[{string.Join(", ", Arguments.Select(a => a.Name))}]";

    /// <inheritdoc/>
    public override string RustType => Kind switch
    {
        "list" => $"Vec<{Arguments[0].RustType}>",
        "set" => $"Set<{Arguments[0].RustType}>",
        "dict" => $"Dict<{Arguments[0].RustType}, {Arguments[1].RustType}>",
        _ => Arguments.Length == 1 ? $"({Arguments[0].RustType},)" : $"({string.Join(", ", Arguments.Select(a => a.RustType))})",
    };

    /// <summary>list[T].</summary>
    public static ContainerType List(PyType element) => new("list", ImmutableArray.Create(element));
    /// <summary>set[T].</summary>
    public static ContainerType Set(PyType element) => new("set", ImmutableArray.Create(element));
    /// <summary>dict[K, V].</summary>
    public static ContainerType Dict(PyType key, PyType value) => new("dict", ImmutableArray.Create(key, value));
    /// <summary>tuple[T1, T2, ...].</summary>
    public static ContainerType Tuple(IEnumerable<PyType> elements) => new("tuple", elements.ToImmutableArray());
}

/// <summary>An instance of a class of the program: a struct behind a shared handle.</summary>
public sealed class InstanceType : PyType
{
    internal InstanceType(ClassSymbol cls)
    {
        Class = cls;
    }

    /// <summary>The class.</summary>
    public ClassSymbol Class { get; }

    /// <inheritdoc/>
    public override string Name => Class.Name;

    /// <inheritdoc/>
    public override string RustType => $"Rc<{Class.Name}>";
}

/// <summary>A union such as <c>int | None</c>: an enum in Rust (Option for T | None), or Obj when it contains Any.</summary>
public sealed class UnionType : PyType
{
    private UnionType(ImmutableArray<PyType> members)
    {
        Members = members;
    }

    /// <summary>The alternatives, flattened and without duplicates.</summary>
    public ImmutableArray<PyType> Members { get; }

    internal override int Depth => Members.Max(m => m.Depth);

    internal override PyType WithoutUnknown() => Create(Members.Select(m => m.WithoutUnknown()));

    internal bool HasDynamic => Members.Any(m => ReferenceEquals(m, Dynamic));

    /// <inheritdoc/>
    public override string Name => string.Join(" | ", Members.Select(m => m.Name));

    /// <inheritdoc/>
    public override string RustType =>
        HasDynamic ? "Obj"
        : Members.Length == 2 && Members.Contains(None) ? $"Option<{Members.First(m => !m.Equals(None)).RustType}>"
        : "Obj";

    /// <summary>The union of <paramref name="types"/> (a single type when they are all the same).</summary>
    public static PyType Create(IEnumerable<PyType> types)
    {
        var members = new List<PyType>();
        foreach (var t in types)
        {
            foreach (var m in t is UnionType u ? u.Members.AsEnumerable() : new[] { t })
            {
                if (!members.Contains(m))
                {
                    members.Add(m);
                }
            }
        }
        if (members.Contains(Dynamic) || members.Count > UnionWidthBudget)
        {
            return Dynamic;
        }
        if (members.Count > 1)
        {
            members.Remove(Unknown);
        }
        if (members.Remove(None))
        {
            members.Add(None); // spelled T | None, whatever order the values came in
        }
        return members.Count == 1 ? members[0] : new UnionType(members.ToImmutableArray());
    }
}

/// <summary><c>Callable[[P1, P2], R]</c>: a shared closure handle in Rust.</summary>
public sealed class CallableType : PyType
{
    internal CallableType(ImmutableArray<PyType>? parameters, PyType result)
    {
        Parameters = parameters;
        Result = result;
    }

    /// <summary>The parameter types, or null for <c>Callable[..., R]</c>.</summary>
    public ImmutableArray<PyType>? Parameters { get; }

    /// <summary>The result type.</summary>
    public PyType Result { get; }

    internal override int Depth => 1 + Math.Max(Result.Depth, Parameters is { IsEmpty: false } p ? p.Max(x => x.Depth) : 0);

    internal override PyType WithoutUnknown() => new CallableType(Parameters?.Select(p => p.WithoutUnknown()).ToImmutableArray(), Result.WithoutUnknown());

    /// <inheritdoc/>
    public override string Name => Parameters is { } p ? $"Callable[[{string.Join(", ", p.Select(x => x.Name))}], {Result.Name}]" : $"Callable[..., {Result.Name}]";

    /// <inheritdoc/>
    public override string RustType => Parameters is { } p
        ? $"Rc<dyn Fn({string.Join(", ", p.Select(x => x.RustType))}) -> {Result.RustType}>"
        : "Obj";
}

/// <summary>
/// A type variable (PEP 695 <c>[T]</c> or <c>T = TypeVar("T")</c>). Calls solve it from the arguments; inside the
/// generic body its values are dynamic (the emitter does not monomorphize yet).
/// </summary>
public sealed class TypeVariableType : PyType
{
    internal TypeVariableType(string name)
    {
        Name = name;
    }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <inheritdoc/>
    public override string RustType => "Obj";
}
