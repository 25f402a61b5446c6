using System.Collections.Immutable;

namespace Py2Wasm.Mapping;

/// <summary>
/// A Rust crate an adapter needs, as it would be written in <c>Cargo.toml</c>'s <c>[dependencies]</c>. The
/// <see cref="Cargo.CargoManifestBuilder"/> merges the crates of every adapter a program uses.
/// </summary>
public sealed record CrateDependency
{
    /// <summary>Creates a dependency on <paramref name="name"/> with the Cargo version requirement <paramref name="versionRequirement"/>.</summary>
    public CrateDependency(string name, string versionRequirement)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(versionRequirement);
        Name = name;
        VersionRequirement = versionRequirement;
    }

    /// <summary>The dependency's key in <c>[dependencies]</c>: the name Rust code uses (<c>fastcounter::…</c>).</summary>
    public string Name { get; init; }

    /// <summary>A Cargo version requirement: <c>1.9</c>, <c>^0.4</c>, <c>~1.2.3</c>, <c>=2.0.1</c>, <c>&gt;=1.2, &lt;1.5</c>, <c>*</c>.</summary>
    public string VersionRequirement { get; init; }

    /// <summary>Cargo features to enable.</summary>
    public ImmutableArray<string> Features { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>False for <c>default-features = false</c>.</summary>
    public bool DefaultFeatures { get; init; } = true;

    /// <summary>A local crate's directory (<c>path = …</c>), or null for a crates.io crate.</summary>
    public string? Path { get; init; }

    /// <summary>The package name when it differs from <see cref="Name"/> (<c>package = …</c>).</summary>
    public string? Package { get; init; }

    /// <summary>Returns a copy with <paramref name="features"/> enabled.</summary>
    public CrateDependency WithFeatures(params string[] features) => this with { Features = Features.AddRange(features) };
}
