using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Py2Wasm.Mapping;

/// <summary>What kind of object a CPython module attribute is (from <c>inspect</c>).</summary>
public enum CPythonNameKind
{
    /// <summary>A callable that is not a class.</summary>
    Function,
    /// <summary>A class.</summary>
    Class,
    /// <summary>A module (a submodule, or a module the module imported).</summary>
    Module,
    /// <summary>Anything else.</summary>
    Constant,
}

/// <summary>
/// The public names of CPython's standard-library modules, as <c>dir()</c> lists them (without names starting with
/// <c>_</c>), dumped by <c>eng/scripts/stdlib_names.py</c> into <c>Data/cpython-stdlib-names.txt</c>.
/// </summary>
public static class CPythonNames
{
    private static readonly Lazy<(string Version, FrozenDictionary<string, ImmutableSortedDictionary<string, CPythonNameKind>?> Modules)> s_data =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The CPython version the data comes from (<c>3.12.1</c>).</summary>
    public static string Version => s_data.Value.Version;

    /// <summary>Every top-level standard-library module (<c>sys.stdlib_module_names</c> without private ones), sorted.</summary>
    public static ImmutableArray<string> StandardModules { get; } = s_data.Value.Modules.Keys.OrderBy(k => k, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>True when the top-level package of <paramref name="moduleName"/> is a standard-library module.</summary>
    public static bool IsStandardModule(string moduleName)
    {
        var top = moduleName.Split('.')[0];
        return s_data.Value.Modules.ContainsKey(top);
    }

    /// <summary>The public names of <paramref name="moduleName"/> with their kinds; false when the module is unknown or was not imported by the script.</summary>
    public static bool TryGetNames(string moduleName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ImmutableSortedDictionary<string, CPythonNameKind>? names)
    {
        names = s_data.Value.Modules.TryGetValue(moduleName, out var n) ? n : null;
        return names is not null;
    }

    private static (string, FrozenDictionary<string, ImmutableSortedDictionary<string, CPythonNameKind>?>) Load()
    {
        using var stream = typeof(CPythonNames).Assembly.GetManifestResourceStream("Py2Wasm.Mapping.Data.cpython-stdlib-names.txt")
            ?? throw new InvalidOperationException("embedded resource cpython-stdlib-names.txt is missing");
        using var reader = new StreamReader(stream);
        var modules = new Dictionary<string, ImmutableSortedDictionary<string, CPythonNameKind>?>(StringComparer.Ordinal);
        string version = "?";
        string? current = null;
        ImmutableSortedDictionary<string, CPythonNameKind>.Builder? names = null;
        void Flush()
        {
            if (current is not null)
            {
                modules[current] = names?.ToImmutable();
            }
        }
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith("# Generated", StringComparison.Ordinal))
            {
                var at = line.IndexOf("CPython ", StringComparison.Ordinal);
                version = at < 0 ? version : line[(at + 8)..].TrimEnd('.', ' ').Split(' ')[0].TrimEnd('.');
                continue;
            }
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line[0] == '[')
            {
                Flush();
                var close = line.IndexOf(']', StringComparison.Ordinal);
                current = line[1..close];
                names = line.EndsWith('!') ? null : ImmutableSortedDictionary.CreateBuilder<string, CPythonNameKind>(StringComparer.Ordinal);
                continue;
            }
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            names?.Add(line[..space], line[(space + 1)..] switch
            {
                "function" => CPythonNameKind.Function,
                "class" => CPythonNameKind.Class,
                "module" => CPythonNameKind.Module,
                _ => CPythonNameKind.Constant,
            });
        }
        Flush();
        return (version, modules.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
