using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Py2Wasm.Build;

/// <summary>The PY5xxx diagnostics of the build driver. IDs are never reused; each has a page docs/diagnostics/PY5nnn.md.</summary>
public enum BuildErrorCode
{
    /// <summary>A required tool (cargo, rustc for a target, wasm-opt, node) is not installed.</summary>
    ToolNotFound = 5001,
    /// <summary>cargo failed to compile the generated crate (a compiler bug: generated code must always compile).</summary>
    CargoFailed = 5002,
    /// <summary>wasm-opt failed on the built module.</summary>
    WasmOptFailed = 5003,
    /// <summary>The runtime crate (runtime/Cargo.toml) could not be found.</summary>
    RuntimeNotFound = 5004,
}

/// <summary>Descriptors of <see cref="BuildErrorCode"/>.</summary>
public static class BuildDiagnostics
{
    private static readonly ImmutableDictionary<BuildErrorCode, DiagnosticDescriptor> s_table = new Dictionary<BuildErrorCode, DiagnosticDescriptor>
    {
        [BuildErrorCode.ToolNotFound] = Make(BuildErrorCode.ToolNotFound, "Build tool not found",
            "{0} is not installed or not on PATH; run eng/setup.sh to install the toolchains"),
        [BuildErrorCode.CargoFailed] = Make(BuildErrorCode.CargoFailed, "Rust compilation failed",
            "cargo could not compile the generated crate for {0} (this is a Py2Wasm bug; please report it with the program): {1}"),
        [BuildErrorCode.WasmOptFailed] = Make(BuildErrorCode.WasmOptFailed, "wasm-opt failed",
            "wasm-opt failed on {0}: {1}"),
        [BuildErrorCode.RuntimeNotFound] = Make(BuildErrorCode.RuntimeNotFound, "Runtime crate not found",
            "the Py2Wasm runtime crate was not found (looked for runtime/Cargo.toml above {0}); set PY2WASM_RUNTIME to its directory"),
    }.ToImmutableDictionary();

    /// <summary>Every descriptor, by ID.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = s_table.OrderBy(p => (int)p.Key).Select(p => p.Value).ToImmutableArray();

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    public static DiagnosticDescriptor Get(BuildErrorCode code) => s_table[code];

    private static DiagnosticDescriptor Make(BuildErrorCode code, string title, string format)
    {
        var id = "PY" + ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new DiagnosticDescriptor(id, title, format, "Build", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics/" + id + ".md");
    }

    internal static Diagnostic Create(BuildErrorCode code, params object[] args) => Diagnostic.Create(Get(code), Location.None, args);
}
