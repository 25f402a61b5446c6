namespace Py2Wasm.Mapping.Stdlib;

/// <summary>
/// Standard-library modules implemented in Python (<c>Stdlib/Python/*.py</c>, embedded): the compiler compiles each
/// with the programs that import it (<see cref="ModuleAdapterBuilder.WithPythonSource"/>), so they follow CPython's
/// documented behaviour with ordinary Python code instead of Rust.
/// </summary>
public sealed partial class StdlibMappingProvider
{
    private const string PythonResourcePrefix = "Py2Wasm.Mapping.Stdlib.Python.";

    /// <summary>The Python-source modules whose purpose is the file system: they need WASI, as <c>os</c> does.</summary>
    private static readonly HashSet<string> FileSystemPythonModules = new(StringComparer.Ordinal) { "pathlib", "glob", "shutil", "tempfile" };

    /// <summary>The run-to-completion thread model (docs/runtime.md, "Threads"), noted on the modules it shapes.</summary>
    internal const string ThreadsNote = "threads run to completion at start(); a wait that would need another thread to run first (a held lock, an unset event, Condition.wait, time.sleep in a thread, an empty queue in a thread) raises RuntimeError instead";

    private static readonly Dictionary<string, string> ThreadNotes = new(StringComparer.Ordinal)
    {
        ["threading"] = ThreadsNote,
        ["queue"] = ThreadsNote,
        ["concurrent.futures"] = ThreadsNote + "; ProcessPoolExecutor is not provided",
    };

    private static IEnumerable<ModuleAdapter> PythonModules()
    {
        var assembly = typeof(StdlibMappingProvider).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(PythonResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".py", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            var module = resource.Substring(PythonResourcePrefix.Length, resource.Length - PythonResourcePrefix.Length - 3);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var builder = ModuleAdapter.Create(module)
                .WithPythonSource(reader.ReadToEnd())
                .WithDescription("Python source: src/Py2Wasm.Mapping/Stdlib/Python/" + module + ".py, compiled with the program");
            if (FileSystemPythonModules.Contains(module))
            {
                builder = builder.WithCompatibility(FileSystem);
            }
            else if (ThreadNotes.TryGetValue(module, out var note))
            {
                builder = builder.WithCompatibility(new WasmCompatibility(WasmSupport.Full, note));
            }
            yield return builder.Build();
        }
    }
}
