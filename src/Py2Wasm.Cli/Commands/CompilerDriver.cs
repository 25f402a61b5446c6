using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Py2Wasm.Build;
using Py2Wasm.Emit.Rust;
using Py2Wasm.Mapping;
using Py2Wasm.Semantics;

namespace Py2Wasm.Cli.Commands;

/// <summary>Shared steps of <c>check</c>, <c>emit</c>, <c>build</c> and <c>run</c>: load, emit, report diagnostics.</summary>
internal static class CompilerDriver
{
    /// <summary>Loads and emits the program; prints diagnostics; null when there were errors.</summary>
    public static EmitResult? Compile(string path, bool dynamicOnly, bool json, TextWriter stderr, out PythonProgram? program, BuildTarget target = BuildTarget.Native,
        MappingRegistry? mappings = null)
    {
        mappings ??= MappingRegistry.Default;
        program = null;
        try
        {
            program = ProgramLoader.Load(path);
        }
        catch (FileNotFoundException e)
        {
            stderr.WriteLine("py2wasm: " + e.Message + ": " + path);
            return null;
        }
        // CPython's compile-time errors that its symbol table and compiler find ('return' outside function, a nonlocal
        // without binding, walrus in a comprehension iterable, ...): a program CPython refuses to run is not emitted.
        var compileErrors = CompileErrors(program);
        if (compileErrors.Count > 0)
        {
            Report(compileErrors, program, json, stderr);
            return null;
        }
        var runtime = RuntimeLocator.Find() ?? "runtime";
        var result = new RustEmitter().Emit(program, new EmitOptions { DynamicOnly = dynamicOnly, RuntimePath = runtime, Mappings = mappings });
        var mapping = MappingCheck.Analyze(program, target, mappings);
        Report(MappingCheck.Merge(mapping, result.Diagnostics), program, json, stderr);
        return result.Success && !mapping.Any(d => d.Severity == DiagnosticSeverity.Error) ? result : null;
    }

    /// <summary>
    /// The errors of <see cref="SymbolTable"/> (the binder, which reports what CPython's symtable and compiler raise as
    /// SyntaxError) for the modules of <paramref name="program"/> that parsed without errors (the emitter reports those).
    /// </summary>
    private static List<Diagnostic> CompileErrors(PythonProgram program) =>
        program.Modules
            .Where(m => !m.Tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            .SelectMany(m => SymbolTable.Build(m.Tree).Diagnostics)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();

    public static void Report(IEnumerable<Diagnostic> diagnostics, PythonProgram? program, bool json, TextWriter stderr)
    {
        var list = diagnostics.ToList();
        if (json)
        {
            stderr.WriteLine(ToJson(list));
            return;
        }
        foreach (var d in list)
        {
            stderr.Write(Format(d, program));
        }
    }

    /// <summary><c>file.py(12,5): error PY3001: message</c> and a code frame.</summary>
    public static string Format(Diagnostic d, PythonProgram? program)
    {
        var sb = new StringBuilder();
        var severity = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
        if (d.Location == Location.None || !d.Location.IsInSource && d.Location.Kind != LocationKind.ExternalFile)
        {
            var span0 = d.Location.GetLineSpan();
            if (!span0.IsValid || string.IsNullOrEmpty(span0.Path))
            {
                sb.Append("py2wasm: ").Append(severity).Append(' ').Append(d.Id).Append(": ").Append(d.GetMessage(CultureInfo.InvariantCulture)).Append('\n');
                return sb.ToString();
            }
        }
        var span = d.Location.GetLineSpan();
        sb.Append(span.Path).Append('(').Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append("): ")
          .Append(severity).Append(' ').Append(d.Id).Append(": ").Append(d.GetMessage(CultureInfo.InvariantCulture)).Append('\n');
        var tree = program?.Modules.Select(m => m.Tree).FirstOrDefault(t => t.FilePath == span.Path);
        if (tree is not null && span.StartLinePosition.Line < tree.Text.Lines.Count)
        {
            var lineNo = span.StartLinePosition.Line + 1;
            var text = tree.Text.Lines[span.StartLinePosition.Line].ToString().Replace('\t', ' ');
            var gutter = lineNo.ToString(CultureInfo.InvariantCulture);
            sb.Append(' ').Append(gutter).Append(" | ").Append(text).Append('\n');
            int start = Math.Min(span.StartLinePosition.Character, text.Length);
            int end = span.EndLinePosition.Line == span.StartLinePosition.Line ? Math.Min(span.EndLinePosition.Character, text.Length) : text.Length;
            sb.Append(' ').Append(' ', gutter.Length).Append(" | ").Append(' ', start).Append('^', Math.Max(1, end - start)).Append('\n');
        }
        return sb.ToString();
    }

    public static string ToJson(IReadOnlyList<Diagnostic> diagnostics)
    {
        var items = diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return new Dictionary<string, object?>
            {
                ["id"] = d.Id,
                ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["message"] = d.GetMessage(CultureInfo.InvariantCulture),
                ["file"] = span.IsValid ? span.Path : null,
                ["line"] = span.IsValid ? span.StartLinePosition.Line + 1 : null,
                ["column"] = span.IsValid ? span.StartLinePosition.Character + 1 : null,
                ["endLine"] = span.IsValid ? span.EndLinePosition.Line + 1 : null,
                ["endColumn"] = span.IsValid ? span.EndLinePosition.Character + 1 : null,
                ["helpUri"] = d.Descriptor.HelpLinkUri,
            };
        });
        return JsonSerializer.Serialize(items);
    }

    public static BuildTarget ParseTarget(string value) => value switch
    {
        "native" => BuildTarget.Native,
        "wasi" => BuildTarget.Wasi,
        "web" => BuildTarget.Web,
        _ => throw new UsageException("unknown target '" + value + "' (expected native, wasi or web)"),
    };

    /// <summary>Parses <c>--optimize speed|size</c>; WebAssembly targets only (native builds are always tuned for speed).</summary>
    public static Optimize ParseOptimize(string value) => value switch
    {
        "speed" => Optimize.Speed,
        "size" => Optimize.Size,
        _ => throw new UsageException("unknown --optimize '" + value + "' (expected speed or size)"),
    };

    /// <summary>Rejects <c>--optimize</c> for native builds, which have one tuning (speed).</summary>
    public static void CheckOptimize(Optimize optimize, BuildTarget target)
    {
        if (optimize != Optimize.Default && target == BuildTarget.Native)
            throw new UsageException("--optimize applies to --target wasi or web (native builds are always optimized for speed)");
    }

    /// <summary>Builds an emitted crate with progress on a terminal.</summary>
    public static BuildResult Build(EmitResult emitted, BuildTarget target, TextWriter stderr, Optimize optimize = Optimize.Default)
    {
        var options = new BuildOptions { Progress = Console.IsErrorRedirected ? null : stderr, Optimize = optimize };
        return new CrateBuilder(options).Build(emitted.Files, target);
    }

    public static string NextValue(IReadOnlyList<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Count) throw new UsageException(option + " needs a value");
        return args[++i];
    }
}
