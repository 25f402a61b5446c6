using System.Collections.Immutable;

namespace Py2Wasm.Mapping;

/// <summary>What kind of Python name a <see cref="MemberBinding"/> binds.</summary>
public enum MemberKind
{
    /// <summary>A module-level function.</summary>
    Function,
    /// <summary>A class; its binding constructs an instance, its <see cref="MemberBinding.Members"/> are methods and attributes.</summary>
    Class,
    /// <summary>A method of a class.</summary>
    Method,
    /// <summary>A value that can change or is computed when read (<c>sys.argv</c>).</summary>
    Attribute,
    /// <summary>A value fixed when the module is imported (<c>math.pi</c>).</summary>
    Constant,
}

/// <summary>One Python name of a mapped module (or of a class of it) and the Rust that implements it. Immutable.</summary>
public sealed class MemberBinding
{
    /// <summary>Creates a binding.</summary>
    public MemberBinding(string name, MemberKind kind, RustBinding rust, IEnumerable<MemberBinding>? members = null, WasmCompatibility? compatibility = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(rust);
        Name = name;
        Kind = kind;
        Rust = rust;
        Members = (members ?? Enumerable.Empty<MemberBinding>()).OrderBy(m => m.Name, StringComparer.Ordinal).ToImmutableArray();
        Compatibility = compatibility;
        if (kind != MemberKind.Class && Members.Length > 0)
        {
            throw new ArgumentException($"only a class has members ('{name}' is a {kind})", nameof(members));
        }
        var duplicate = Members.GroupBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"class '{name}' binds '{duplicate.Key}' twice", nameof(members));
        }
    }

    /// <summary>The Python name.</summary>
    public string Name { get; }

    /// <summary>What it is.</summary>
    public MemberKind Kind { get; }

    /// <summary>
    /// The Rust: for functions, classes and methods a call (<see cref="RustCall"/> gives receiver and arguments) of type
    /// <c>PyResult&lt;Obj&gt;</c>; for attributes and constants a value expression of type <c>Obj</c>.
    /// </summary>
    public RustBinding Rust { get; }

    /// <summary>A class's methods and attributes, sorted by name.</summary>
    public ImmutableArray<MemberBinding> Members { get; }

    /// <summary>Its own WASM compatibility where it differs from the module's; null otherwise.</summary>
    public WasmCompatibility? Compatibility { get; }

    /// <summary>A class's member named <paramref name="name"/>, or null.</summary>
    public MemberBinding? GetMember(string name) => Members.FirstOrDefault(m => m.Name == name);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Name} -> {Rust}";
}
