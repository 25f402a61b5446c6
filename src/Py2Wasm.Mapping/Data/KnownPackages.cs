using System.Collections.Frozen;
using System.Text;

namespace Py2Wasm.Mapping;

/// <summary>
/// A small list of well-known PyPI distributions and the top-level modules they provide (<c>Data/pypi-packages.txt</c>),
/// so an import of one can say "this is the PyPI package X; no adapter exists yet" instead of "unknown module".
/// </summary>
public static class KnownPackages
{
    private static readonly Lazy<(FrozenDictionary<string, string> ByModule, FrozenDictionary<string, string[]> ByDistribution)> s_data =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The distribution that provides the top-level module of <paramref name="moduleName"/> (<c>yaml</c> → <c>PyYAML</c>), if known.</summary>
    public static bool TryGetDistribution(string moduleName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? distribution) =>
        s_data.Value.ByModule.TryGetValue(moduleName.Split('.')[0], out distribution);

    /// <summary>The modules a distribution provides (<c>beautifulsoup4</c> → <c>bs4</c>), if known; the name is normalized first.</summary>
    public static bool TryGetModules(string distribution, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyList<string>? modules)
    {
        var found = s_data.Value.ByDistribution.TryGetValue(NormalizeDistribution(distribution), out var m);
        modules = m;
        return found;
    }

    /// <summary>PEP 503 normalization: lower case, runs of <c>-</c>, <c>_</c> and <c>.</c> become one <c>-</c>.</summary>
    public static string NormalizeDistribution(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool dash = false;
        foreach (var c in name.Trim())
        {
            if (c is '-' or '_' or '.')
            {
                dash = true;
                continue;
            }
            if (dash && sb.Length > 0)
            {
                sb.Append('-');
            }
            dash = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static (FrozenDictionary<string, string>, FrozenDictionary<string, string[]>) Load()
    {
        using var stream = typeof(KnownPackages).Assembly.GetManifestResourceStream("Py2Wasm.Mapping.Data.pypi-packages.txt")
            ?? throw new InvalidOperationException("embedded resource pypi-packages.txt is missing");
        using var reader = new StreamReader(stream);
        var byModule = new Dictionary<string, string>(StringComparer.Ordinal);
        var byDistribution = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var distribution = parts[0];
            foreach (var module in parts.Skip(1))
            {
                byModule[module] = distribution;
                var key = NormalizeDistribution(distribution);
                if (!byDistribution.TryGetValue(key, out var list))
                {
                    byDistribution[key] = list = new List<string>();
                }
                list.Add(module);
            }
        }
        return (byModule.ToFrozenDictionary(StringComparer.Ordinal), byDistribution.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }
}
