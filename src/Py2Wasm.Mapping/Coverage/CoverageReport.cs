using System.Globalization;
using System.Text;

namespace Py2Wasm.Mapping.Coverage;

/// <summary>
/// Renders <c>docs/stdlib-coverage.md</c>: for each standard-library module, the public names CPython has (from
/// <see cref="CPythonNames"/>), the names the registry maps and the module's WASM compatibility. Deterministic.
/// </summary>
public static class CoverageReport
{
    /// <summary>The report for <paramref name="registry"/>.</summary>
    public static string Generate(MappingRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var sb = new StringBuilder();
        sb.Append("# Standard-library coverage\n\n");
        sb.Append("Generated from the mapping registry (`MappingRegistry.Default`, `src/Py2Wasm.Mapping/Stdlib`) and the public names of\n");
        sb.Append("CPython ").Append(CPythonNames.Version).Append("'s modules (`dir()` without names starting with `_`, dumped by `eng/scripts/stdlib_names.py`).\n");
        sb.Append("Do not edit: `PY2WASM_ACCEPT=1 dotnet test tests/Py2Wasm.Mapping.Tests` regenerates it, and a test fails while it is stale.\n");
        sb.Append("Submodules CPython imports into a module (`os.sys`) are not counted as names.\n\n");

        var mapped = registry.Modules.Where(m => CPythonNames.IsStandardModule(m.ModuleName)).ToList();
        sb.Append("## Summary\n\n");
        sb.Append("| module | CPython names | mapped | coverage | WASM | note |\n");
        sb.Append("| --- | ---: | ---: | ---: | --- | --- |\n");
        int totalCPython = 0, totalMapped = 0;
        foreach (var m in mapped)
        {
            var cpython = CPythonPublic(m.ModuleName);
            int covered = m.Members.Count(b => cpython.Contains(b.Name));
            totalCPython += cpython.Count;
            totalMapped += covered;
            sb.Append("| [`").Append(m.ModuleName).Append("`](#").Append(m.ModuleName.Replace(".", "", StringComparison.Ordinal)).Append(") | ")
              .Append(cpython.Count).Append(" | ").Append(covered).Append(" | ").Append(Percent(covered, cpython.Count)).Append(" | ")
              .Append(m.Compatibility.Label).Append(" | ").Append(m.Compatibility.Note ?? "").Append(" |\n");
        }
        sb.Append("| **total** | ").Append(totalCPython).Append(" | ").Append(totalMapped).Append(" | ").Append(Percent(totalMapped, totalCPython)).Append(" | | |\n\n");

        foreach (var m in mapped)
        {
            var cpython = CPythonPublic(m.ModuleName);
            sb.Append("## ").Append(m.ModuleName).Append("\n\n");
            sb.Append("WASM: ").Append(m.Compatibility.Label);
            if (m.Compatibility.Note is { } note)
            {
                sb.Append(" — ").Append(note);
            }
            sb.Append(".");
            if (m.Description is { } description)
            {
                sb.Append(" ").Append(char.ToUpperInvariant(description[0])).Append(description[1..]).Append('.');
            }
            sb.Append("\n\n");
            var names = m.Members.Where(b => cpython.Contains(b.Name)).ToList();
            sb.Append("Mapped (").Append(names.Count).Append("): ").Append(Names(names.Select(b => Describe(m, b)))).Append("\n\n");
            var missing = cpython.Where(n => m.GetMember(n) is null).ToList();
            sb.Append("Not mapped yet (").Append(missing.Count).Append("): ").Append(Names(missing.Select(n => "`" + n + "`"))).Append("\n\n");
            var extra = m.Members.Where(b => !cpython.Contains(b.Name)).Select(b => "`" + b.Name + "`").ToList();
            if (extra.Count > 0)
            {
                sb.Append("Mapped but not in CPython's `dir()`: ").Append(string.Join(", ", extra)).Append("\n\n");
            }
        }

        var unmapped = CPythonNames.StandardModules.Where(n => registry.GetModule(n) is null).ToList();
        sb.Append("## Standard-library modules without an adapter\n\n");
        sb.Append(unmapped.Count).Append(" modules; importing one reports PY4003. With their number of public names:\n\n");
        sb.Append(string.Join(", ", unmapped.Select(n => CPythonNames.TryGetNames(n, out var ns)
            ? "`" + n + "` (" + ns.Count(p => p.Value != CPythonNameKind.Module).ToString(CultureInfo.InvariantCulture) + ")"
            : "`" + n + "` (not importable on Linux)")));
        sb.Append("\n");
        return sb.ToString();
    }

    private static string Describe(ModuleAdapter module, MemberBinding binding)
    {
        var text = "`" + binding.Name + "`";
        if (binding.Rust.Kind == RustBindingKind.TypeOnly)
        {
            text += " (types only)";
        }
        if (binding.Compatibility is { } c && c != module.Compatibility)
        {
            text += " (" + c.Label + ")";
        }
        return text;
    }

    private static SortedSet<string> CPythonPublic(string module) =>
        new(CPythonNames.TryGetNames(module, out var names) ? names.Where(p => p.Value != CPythonNameKind.Module).Select(p => p.Key) : Enumerable.Empty<string>(),
            StringComparer.Ordinal);

    private static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "—" : string.Join(", ", list);
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "—" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";
}
