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

    /// <summary>The Python spelling, e.g. <c>list[int]</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The Rust representation, e.g. <c>Vec&lt;i64&gt;</c> (a shared handle) or <c>Obj</c>.</summary>
    public abstract string RustType { get; }

    /// <summary>True unless the value needs the dynamic representation.</summary>
    public bool IsPrecise => !ReferenceEquals(this, Dynamic) && this is not UnionType { HasDynamic: true };

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
        if ((a.Equals(Int) && b.Equals(Float)) || (a.Equals(Float) && b.Equals(Int)))
        {
            return Float;
        }
        return UnionType.Create(new[] { a, b });
    }
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
        if (members.Contains(Dynamic))
        {
            return Dynamic;
        }
        return members.Count == 1 ? members[0] : new UnionType(members.ToImmutableArray());
    }
}
