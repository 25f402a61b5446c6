using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Py2Wasm.Mapping;
using Py2Wasm.Syntax;

namespace Py2Wasm.Emit.Rust;

/// <summary>One Python module of a program: its dotted name and its parsed tree.</summary>
/// <param name="Name">Dotted module name (<c>pkg.mod</c>); the entry module has its file name here, not <c>__main__</c>.</param>
/// <param name="Tree">The parsed source; its <see cref="PythonSyntaxTree.FilePath"/> is what tracebacks show.</param>
/// <param name="IsEntry">True for the module run as <c>__main__</c>.</param>
/// <param name="IsPackage">True for a package's <c>__init__.py</c>: its relative imports start from the package itself.</param>
/// <param name="RuntimePath">The path the running program shows for this module (<c>__file__</c> and traceback lines); CPython shows
/// the absolute path. Null: the tree's <see cref="PythonSyntaxTree.FilePath"/>.</param>
public sealed record SourceModule(string Name, PythonSyntaxTree Tree, bool IsEntry, bool IsPackage = false, string? RuntimePath = null)
{
    /// <summary>What <c>__file__</c> and tracebacks show for this module.</summary>
    public string ShownPath => RuntimePath ?? Tree.FilePath;

    /// <summary>
    /// The absolute name a relative import (<paramref name="level"/> leading dots, then <paramref name="module"/> if any)
    /// means in this module, by CPython's rule; null where CPython raises ImportError (no parent package, or beyond the
    /// top-level package).
    /// </summary>
    public string? ResolveRelative(int level, string? module)
    {
        if (IsEntry) return null;
        var parts = Name.Split('.').ToList();
        if (!IsPackage) parts.RemoveAt(parts.Count - 1);
        if (level - 1 >= parts.Count) return null;
        parts.RemoveRange(parts.Count - (level - 1), level - 1);
        if (module is not null) parts.Add(module);
        return string.Join(".", parts);
    }
}

/// <summary>A whole program to emit: its modules (exactly one is the entry).</summary>
public sealed record PythonProgram(string Name, ImmutableArray<SourceModule> Modules)
{
    /// <summary>The entry module.</summary>
    public SourceModule Entry => Modules.First(m => m.IsEntry);
}

/// <summary>Options every emitter understands.</summary>
public sealed record EmitOptions
{
    /// <summary>Default options.</summary>
    public static EmitOptions Default { get; } = new();

    /// <summary>Forces the dynamic value representation everywhere (<c>--dynamic-only</c>).</summary>
    public bool DynamicOnly { get; init; }

    /// <summary>Path of the runtime crate (<c>runtime/</c>) the generated <c>Cargo.toml</c> refers to.</summary>
    public string RuntimePath { get; init; } = "runtime";

    /// <summary>
    /// Where every import that is not a module of the program is resolved: the module's adapter gives the module
    /// object, the Rust of each name (calls of mapped functions are rendered from their bindings) and the crates that
    /// <c>Cargo.toml</c> must name. Default: the standard library (<see cref="MappingRegistry.Default"/>); extend it with
    /// <c>MappingRegistry.Default.ToBuilder().Add(provider).Build()</c>.
    /// </summary>
    public MappingRegistry Mappings { get; init; } = MappingRegistry.Default;
}

/// <summary>A file an emitter produced, relative to the output directory.</summary>
public sealed record EmittedFile(string RelativePath, string Text);

/// <summary>What an emitter produced: files (empty when there are errors) and diagnostics.</summary>
public sealed record EmitResult(ImmutableArray<EmittedFile> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when no error was reported.</summary>
    public bool Success => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// A back end that turns a <see cref="PythonProgram"/> into source files of another language.
/// Register implementations with <see cref="EmitterRegistry"/>; see docs/adding-an-emitter.md.
/// </summary>
public interface IEmitter
{
    /// <summary>Short unique name (<c>rust</c>), used by <c>--emitter</c>.</summary>
    string Name { get; }

    /// <summary>Emits <paramref name="program"/>. Must be deterministic: the same input gives the same bytes.</summary>
    EmitResult Emit(PythonProgram program, EmitOptions options);
}

/// <summary>The emitters known to the compiler, by name. Thread-safe.</summary>
public static class EmitterRegistry
{
    private static readonly object s_gate = new();
    private static ImmutableDictionary<string, IEmitter> s_emitters =
        ImmutableDictionary<string, IEmitter>.Empty.WithComparers(StringComparer.Ordinal).Add(RustEmitter.EmitterName, new RustEmitter());

    /// <summary>Registers (or replaces) an emitter under its <see cref="IEmitter.Name"/>.</summary>
    public static void Register(IEmitter emitter)
    {
        ArgumentNullException.ThrowIfNull(emitter);
        lock (s_gate)
        {
            s_emitters = s_emitters.SetItem(emitter.Name, emitter);
        }
    }

    /// <summary>The emitter named <paramref name="name"/>, or null.</summary>
    public static IEmitter? Get(string name) => s_emitters.TryGetValue(name, out var e) ? e : null;

    /// <summary>Names of all registered emitters, sorted.</summary>
    public static ImmutableArray<string> Names => s_emitters.Keys.OrderBy(n => n, StringComparer.Ordinal).ToImmutableArray();
}
