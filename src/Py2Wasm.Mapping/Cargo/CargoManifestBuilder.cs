using System.Collections.Immutable;
using System.Text;

namespace Py2Wasm.Mapping.Cargo;

/// <summary>One crate of the merged <c>[dependencies]</c>: its unified version, the union of features, and who needs it.</summary>
/// <param name="Name">The dependency key.</param>
/// <param name="VersionRequirement">A requirement every adapter's requirement accepts.</param>
/// <param name="Features">The union of features, sorted.</param>
/// <param name="DefaultFeatures">True when any adapter wants the default features.</param>
/// <param name="Path">The local crate's directory, or null.</param>
/// <param name="Package">The package name when it differs from the key, or null.</param>
/// <param name="RequiredBy">The modules (or other requesters) that asked for it, sorted.</param>
public sealed record ResolvedCrate(string Name, string VersionRequirement, ImmutableArray<string> Features, bool DefaultFeatures, string? Path, string? Package, ImmutableArray<string> RequiredBy);

/// <summary>The merged dependencies and the conflicts found while merging.</summary>
public sealed record CargoDependencies(ImmutableArray<ResolvedCrate> Crates, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when no conflict was found.</summary>
    public bool Success => Diagnostics.IsEmpty;

    /// <summary>The <c>[dependencies]</c> table, one line per crate in name order.</summary>
    public string ToToml()
    {
        var sb = new StringBuilder("[dependencies]\n");
        foreach (var c in Crates)
        {
            var fields = new List<string>();
            if (c.Package is not null)
            {
                fields.Add("package = " + Quote(c.Package));
            }
            fields.Add("version = " + Quote(c.VersionRequirement));
            if (c.Path is not null)
            {
                fields.Add("path = " + Quote(c.Path.Replace('\\', '/')));
            }
            if (!c.DefaultFeatures)
            {
                fields.Add("default-features = false");
            }
            if (c.Features.Length > 0)
            {
                fields.Add("features = [" + string.Join(", ", c.Features.Select(Quote)) + "]");
            }
            sb.Append(BareKey(c.Name) ? c.Name : Quote(c.Name)).Append(" = { ").Append(string.Join(", ", fields)).Append(" }\n");
        }
        return sb.ToString();
    }

    private static bool BareKey(string s) => s.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// Merges the crates of the adapters a program uses (plus any the caller adds, like the runtime) into one
/// <c>[dependencies]</c> table: features are united, version requirements intersected (a conflict when no
/// version satisfies them all, PY4010), and sources compared (PY4011). Deterministic: output is sorted.
/// </summary>
public sealed class CargoManifestBuilder
{
    private readonly List<(CrateDependency Crate, string RequiredBy)> _requests = new();

    /// <summary>Adds <paramref name="crate"/>, needed by <paramref name="requiredBy"/> (a module name, or <c>py2wasm</c>).</summary>
    public CargoManifestBuilder Add(CrateDependency crate, string requiredBy)
    {
        ArgumentNullException.ThrowIfNull(crate);
        ArgumentException.ThrowIfNullOrEmpty(requiredBy);
        _requests.Add((crate, requiredBy));
        return this;
    }

    /// <summary>Adds the crates of every adapter in <paramref name="adapters"/>.</summary>
    public CargoManifestBuilder AddAdapters(IEnumerable<ModuleAdapter> adapters)
    {
        foreach (var a in adapters)
        {
            foreach (var c in a.Crates)
            {
                Add(c, a.ModuleName);
            }
        }
        return this;
    }

    /// <summary>Merges everything added so far.</summary>
    public CargoDependencies Build()
    {
        var crates = ImmutableArray.CreateBuilder<ResolvedCrate>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var group in _requests.GroupBy(r => r.Crate.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var requests = group.ToList();
            string Who(IEnumerable<(CrateDependency Crate, string RequiredBy)> rs) =>
                string.Join(", ", rs.Select(r => r.RequiredBy).Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal));

            var sources = requests.GroupBy(r => (Path: NormalizePath(r.Crate.Path), r.Crate.Package)).ToList();
            if (sources.Count > 1)
            {
                var detail = string.Join("; ", sources.Select(s =>
                    (s.Key.Path is null ? "crates.io" : "path " + s.Key.Path) + (s.Key.Package is null ? "" : " (package " + s.Key.Package + ")") + " for " + Who(s)));
                diagnostics.Add(MappingDiagnostics.Create(MappingErrorCode.CrateSourceConflict, Location.None, group.Key, detail));
                continue;
            }

            CargoVersionRequirement? merged = null;
            bool failed = false;
            foreach (var r in requests)
            {
                if (!CargoVersionRequirement.TryParse(r.Crate.VersionRequirement, out var req, out var error))
                {
                    diagnostics.Add(MappingDiagnostics.Create(MappingErrorCode.CrateVersionConflict, Location.None, group.Key,
                        $"'{r.Crate.VersionRequirement}' (for {r.RequiredBy}) is not a version requirement: {error}"));
                    failed = true;
                    break;
                }
                merged = merged is null ? req : merged.Intersect(req);
            }
            if (failed)
            {
                continue;
            }
            if (merged!.IsEmpty)
            {
                var detail = string.Join(", ", requests.GroupBy(r => r.Crate.VersionRequirement, StringComparer.Ordinal)
                    .Select(g => $"'{g.Key}' for {Who(g)}"));
                diagnostics.Add(MappingDiagnostics.Create(MappingErrorCode.CrateVersionConflict, Location.None, group.Key, detail));
                continue;
            }
            crates.Add(new ResolvedCrate(
                group.Key,
                merged.Text,
                requests.SelectMany(r => r.Crate.Features).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToImmutableArray(),
                requests.Any(r => r.Crate.DefaultFeatures),
                requests[0].Crate.Path,
                requests[0].Crate.Package,
                requests.Select(r => r.RequiredBy).Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToImmutableArray()));
        }
        return new CargoDependencies(crates.ToImmutable(), diagnostics.ToImmutable());
    }

    private static string? NormalizePath(string? path) =>
        path is null ? null : System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
}
