using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Py2Wasm.Emit.Rust;

/// <summary>The PY3xxx diagnostics of the emitter: what it cannot compile (yet). IDs are never reused.</summary>
public enum EmitErrorCode
{
    /// <summary>A statement form the emitter does not compile yet.</summary>
    UnsupportedStatement = 3001,
    /// <summary>An expression form the emitter does not compile yet.</summary>
    UnsupportedExpression = 3002,
    /// <summary>Generator functions and generator expressions the emitter cannot lower yet.</summary>
    UnsupportedGenerator = 3003,
    /// <summary>An import of a module that is neither part of the program nor provided by the runtime.</summary>
    UnsupportedModule = 3004,
    /// <summary>Code built at run time (<c>eval</c>, <c>exec</c>, <c>globals()</c>, ...): never compilable ahead of time.</summary>
    DynamicCode = 3005,
    /// <summary>A built-in function or module attribute the runtime does not provide yet.</summary>
    UnsupportedBuiltin = 3006,
    /// <summary>A string literal that Rust cannot represent (lone surrogates).</summary>
    UnrepresentableLiteral = 3007,
    /// <summary>A class feature (metaclass, built-in base class, ...) not compiled yet.</summary>
    UnsupportedClassFeature = 3008,
    /// <summary>The program's source could not be read or has syntax errors; nothing is emitted.</summary>
    InvalidProgram = 3009,
}

/// <summary>Descriptors of <see cref="EmitErrorCode"/>; each ID has a page <c>docs/diagnostics/PY3nnn.md</c>.</summary>
public static class EmitDiagnostics
{
    private const string Category = "Emit";

    private static readonly ImmutableDictionary<EmitErrorCode, DiagnosticDescriptor> s_table = Build();

    /// <summary>Every descriptor, by ID.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = s_table.OrderBy(p => (int)p.Key).Select(p => p.Value).ToImmutableArray();

    /// <summary>The descriptor of <paramref name="code"/>.</summary>
    public static DiagnosticDescriptor Get(EmitErrorCode code) => s_table[code];

    /// <summary>The <c>PYnnnn</c> ID of <paramref name="code"/>.</summary>
    public static string IdOf(EmitErrorCode code) => "PY" + ((int)code).ToString("D4", CultureInfo.InvariantCulture);

    private static ImmutableDictionary<EmitErrorCode, DiagnosticDescriptor> Build()
    {
        var b = ImmutableDictionary.CreateBuilder<EmitErrorCode, DiagnosticDescriptor>();
        void Add(EmitErrorCode code, string title, string format)
        {
            var id = IdOf(code);
            b.Add(code, new DiagnosticDescriptor(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
                helpLinkUri: "docs/diagnostics/" + id + ".md"));
        }

        Add(EmitErrorCode.UnsupportedStatement, "Statement not supported yet",
            "{0} is not supported by the Rust emitter yet; rewrite it with supported constructs or run the program with CPython");
        Add(EmitErrorCode.UnsupportedExpression, "Expression not supported yet",
            "{0} is not supported by the Rust emitter yet; rewrite it with supported constructs or run the program with CPython");
        Add(EmitErrorCode.UnsupportedGenerator, "Generator not supported yet",
            "{0} is not supported by the Rust emitter yet; build a list instead, or run the program with CPython");
        Add(EmitErrorCode.UnsupportedModule, "Module not available",
            "module '{0}' is neither part of the program nor provided by the Py2Wasm runtime; add it to the program or remove the import");
        Add(EmitErrorCode.DynamicCode, "Code built at run time",
            "'{0}' runs code or inspects namespaces at run time, which an ahead-of-time compiler cannot do; replace it with ordinary code");
        Add(EmitErrorCode.UnsupportedBuiltin, "Built-in not available",
            "'{0}' is not provided by the Py2Wasm runtime yet; avoid it or run the program with CPython");
        Add(EmitErrorCode.UnrepresentableLiteral, "String literal not representable",
            "this string literal contains a lone surrogate (U+{0}), which the runtime's UTF-8 strings cannot hold");
        Add(EmitErrorCode.UnsupportedClassFeature, "Class feature not supported yet",
            "{0} is not supported by the Rust emitter yet; rewrite the class without it or run the program with CPython");
        Add(EmitErrorCode.InvalidProgram, "Program cannot be compiled",
            "{0}");
        return b.ToImmutable();
    }

    internal static Diagnostic Create(EmitErrorCode code, Location location, params object[] args) =>
        Diagnostic.Create(Get(code), location, args);
}
