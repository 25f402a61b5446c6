using Microsoft.CodeAnalysis;
using Py2Wasm.Build;
using Py2Wasm.Emit.Rust;
using Py2Wasm.Mapping;
using Py2Wasm.Mapping.Analysis;

namespace Py2Wasm.Cli.Commands;

/// <summary>The mapping registry's import checks (PY4xxx) for <c>check</c>, <c>emit</c>, <c>build</c> and <c>run</c>.</summary>
internal static class MappingCheck
{
    /// <summary>PY4xxx diagnostics of <paramref name="program"/>'s imports against the default registry, for <paramref name="target"/>.</summary>
    public static IReadOnlyList<Diagnostic> Analyze(PythonProgram program, BuildTarget target)
    {
        var mappingTarget = target switch { BuildTarget.Wasi => MappingTarget.Wasi, BuildTarget.Web => MappingTarget.Web, _ => MappingTarget.Native };
        var analysis = new ImportAnalyzer(MappingRegistry.Default, mappingTarget).Analyze(program.Name, program.Modules.Select(m => m.Tree));
        // Import cycles are legal Python; the emitter orders module initialization itself.
        return analysis.Diagnostics.Where(d => d.Id.StartsWith("PY4", StringComparison.Ordinal)).ToList();
    }

    /// <summary>
    /// The emitter's diagnostics and the mapping's, in file order; the emitter's "module/name not available"
    /// (PY3004, PY3006) are dropped where a PY4xxx diagnostic already explains the same import.
    /// </summary>
    public static IEnumerable<Diagnostic> Merge(IReadOnlyList<Diagnostic> mapping, IEnumerable<Diagnostic> emit)
    {
        bool Explained(Diagnostic d) => (d.Id is "PY3004" or "PY3006") && mapping.Any(m =>
            m.Location.SourceTree == d.Location.SourceTree && m.Location.GetLineSpan().Path == d.Location.GetLineSpan().Path &&
            m.Location.GetLineSpan().StartLinePosition.Line == d.Location.GetLineSpan().StartLinePosition.Line);
        return mapping.Concat(emit.Where(d => !Explained(d)))
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start);
    }
}
