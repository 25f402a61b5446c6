using Microsoft.CodeAnalysis;
using Py2Wasm.Build;
using Py2Wasm.Emit.Rust;
using Py2Wasm.Mapping;
using Py2Wasm.Mapping.Analysis;

namespace Py2Wasm.Cli.Commands;

/// <summary>The mapping registry's import checks (PY4xxx) for <c>check</c>, <c>emit</c>, <c>build</c> and <c>run</c>.</summary>
internal static class MappingCheck
{
    /// <summary>PY4xxx diagnostics of <paramref name="program"/>'s imports against <paramref name="registry"/>, for <paramref name="target"/>.</summary>
    public static IReadOnlyList<Diagnostic> Analyze(PythonProgram program, BuildTarget target, MappingRegistry registry)
    {
        var mappingTarget = target switch { BuildTarget.Wasi => MappingTarget.Wasi, BuildTarget.Web => MappingTarget.Web, _ => MappingTarget.Native };
        var analysis = new ImportAnalyzer(registry, mappingTarget).Analyze(program.Name, program.Modules.Select(m => m.Tree));
        // Import cycles are legal Python; the emitter orders module initialization itself.
        return analysis.Diagnostics.Where(d => d.Id.StartsWith("PY4", StringComparison.Ordinal)).ToList();
    }

    /// <summary>
    /// The emitter's diagnostics and the mapping's, in file order. Both resolve imports through the same registry and
    /// word a missing module or name alike (<see cref="ImportDiagnostics"/>), so a PY4xxx the emitter reports again at
    /// the same place is dropped.
    /// </summary>
    public static IEnumerable<Diagnostic> Merge(IReadOnlyList<Diagnostic> mapping, IEnumerable<Diagnostic> emit)
    {
        static string Key(Diagnostic d) => d.Id + "|" + d.Location.GetLineSpan() + "|" + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var reported = mapping.Select(Key).ToHashSet(StringComparer.Ordinal);
        return mapping.Concat(emit.Where(d => !reported.Contains(Key(d))))
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start);
    }
}
