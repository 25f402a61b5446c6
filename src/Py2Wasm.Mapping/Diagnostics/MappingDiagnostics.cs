using System.Collections.Immutable;
using System.Globalization;

namespace Py2Wasm.Mapping;

/// <summary>
/// The PY4xxx diagnostics of the mapping layer. The numeric value is the ID's four digits; never renumber or
/// reuse one. Each has a page <c>docs/diagnostics/PY4nnn.md</c>.
/// </summary>
public enum MappingErrorCode
{
    /// <summary>PY4001: an import of a module that is not in the program, not in the standard library and not mapped.</summary>
    UnknownModule = 4001,
    /// <summary>PY4002: an import of a known PyPI package that has no adapter.</summary>
    PackageWithoutAdapter = 4002,
    /// <summary>PY4003: an import of a standard-library module that has no adapter.</summary>
    StandardModuleWithoutAdapter = 4003,
    /// <summary>PY4004: a name the mapped module does not have (and CPython's does not either).</summary>
    UnknownName = 4004,
    /// <summary>PY4005: a name CPython's module has but the adapter does not map yet.</summary>
    NameNotMapped = 4005,
    /// <summary>PY4006: a mapped module or name that cannot run on the build target.</summary>
    NotAvailableOnTarget = 4006,
    /// <summary>PY4007: a requirement of requirements.txt that no adapter provides.</summary>
    RequirementWithoutAdapter = 4007,
    /// <summary>PY4008: a line of requirements.txt that cannot be read as a requirement.</summary>
    InvalidRequirement = 4008,
    /// <summary>PY4009: a requirement whose version specifier excludes the version the adapter follows.</summary>
    RequirementVersionNotCovered = 4009,
    /// <summary>PY4010: adapters need versions of one crate that no version satisfies.</summary>
    CrateVersionConflict = 4010,
    /// <summary>PY4011: adapters name one crate with different sources (path or package).</summary>
    CrateSourceConflict = 4011,
}

/// <summary>The one table of PY4xxx descriptors, keyed by <see cref="MappingErrorCode"/>.</summary>
public static class MappingDiagnostics
{
    private const string Category = "Mapping";

    private static readonly ImmutableDictionary<MappingErrorCode, DiagnosticDescriptor> s_table = Build();

    /// <summary>Every descriptor, by ID.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = s_table.OrderBy(p => (int)p.Key).Select(p => p.Value).ToImmutableArray();

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    public static DiagnosticDescriptor Get(MappingErrorCode code) => s_table[code];

    /// <summary>The <c>PYnnnn</c> ID of <paramref name="code"/>.</summary>
    public static string IdOf(MappingErrorCode code) => "PY" + ((int)code).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>A diagnostic of <paramref name="code"/> at <paramref name="location"/>.</summary>
    public static Diagnostic Create(MappingErrorCode code, Location location, params object[] args) => Diagnostic.Create(Get(code), location, args);

    private static ImmutableDictionary<MappingErrorCode, DiagnosticDescriptor> Build()
    {
        var b = ImmutableDictionary.CreateBuilder<MappingErrorCode, DiagnosticDescriptor>();
        void Add(MappingErrorCode code, string title, string format, DiagnosticSeverity severity = DiagnosticSeverity.Error)
        {
            var id = IdOf(code);
            b.Add(code, new DiagnosticDescriptor(id, title, format, Category, severity, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics/" + id + ".md"));
        }

        Add(MappingErrorCode.UnknownModule, "Unknown module",
            "no module named '{0}': it is not part of the program, not a standard-library module and no adapter maps it; mapped modules: {1}");
        Add(MappingErrorCode.PackageWithoutAdapter, "PyPI package without an adapter",
            "'{0}' is the PyPI package '{1}', for which no mapping adapter exists yet; write one (docs/adding-a-mapping.md) or remove the import");
        Add(MappingErrorCode.StandardModuleWithoutAdapter, "Standard-library module without an adapter",
            "the standard-library module '{0}' has no mapping adapter yet; mapped modules: {1}");
        Add(MappingErrorCode.UnknownName, "Unknown name in a mapped module",
            "module '{0}' has no name '{1}'{2}; available: {3}");
        Add(MappingErrorCode.NameNotMapped, "Name not mapped yet",
            "'{0}.{1}' exists in CPython but its adapter does not map it yet; available: {2}");
        Add(MappingErrorCode.NotAvailableOnTarget, "Not available on this target",
            "'{0}' is not available on the {1} target ({2}): {3}");
        Add(MappingErrorCode.RequirementWithoutAdapter, "Requirement without an adapter",
            "requirement '{0}': {1}", DiagnosticSeverity.Warning);
        Add(MappingErrorCode.InvalidRequirement, "Unreadable requirement",
            "cannot read '{0}' as a requirement: {1}", DiagnosticSeverity.Warning);
        Add(MappingErrorCode.RequirementVersionNotCovered, "Requirement version not covered",
            "requirement '{0}' excludes version {1}, which the adapter of '{2}' follows; behaviour may differ from the version you asked for", DiagnosticSeverity.Warning);
        Add(MappingErrorCode.CrateVersionConflict, "Crate version conflict",
            "no version of crate '{0}' satisfies every adapter: {1}");
        Add(MappingErrorCode.CrateSourceConflict, "Crate source conflict",
            "adapters take crate '{0}' from different sources: {1}");
        return b.ToImmutable();
    }
}
