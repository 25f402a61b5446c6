namespace Py2Wasm.Cli.Commands;

/// <summary><c>py2wasm check FILE|DIR [--json] [--dynamic-only]</c>: all diagnostics, no build.</summary>
public sealed class CheckCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "check";

    /// <inheritdoc/>
    public string Summary => "Report every diagnostic of a program (syntax and compilation) without building it.";

    /// <inheritdoc/>
    public string Help => """
        usage: py2wasm check FILE|DIR [--json] [--dynamic-only] [--mapping DLL]...

        Parses and compiles the program (FILE, or DIR/__main__.py / DIR/main.py, plus the modules it imports)
        and prints diagnostics to stderr as 'file.py(LINE,COL): error PYnnnn: message' with a code frame.

          --json          print the diagnostics as one JSON array instead
          --dynamic-only  compile with the dynamic value representation everywhere
          --mapping DLL   add the mapping providers (IMappingProvider) of an assembly; repeatable

        Exit code: 0 when there are no errors, 1 otherwise, 2 for usage errors.
        """;

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null;
        bool json = false, dynamicOnly = false;
        var mappings = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            var a = args[i];
            switch (a)
            {
                case "--mapping": mappings.Add(CompilerDriver.NextValue(args, ref i, "--mapping")); break;
                case "--json": json = true; break;
                case "--dynamic-only": dynamicOnly = true; break;
                default:
                    if (a.StartsWith('-')) throw new UsageException("unknown option '" + a + "'");
                    if (path is not null) throw new UsageException("only one FILE|DIR may be given");
                    path = a;
                    break;
            }
        }
        if (path is null) throw new UsageException("missing FILE|DIR");
        var result = CompilerDriver.Compile(path, dynamicOnly, json, stderr, out _, mappings: MappingLoader.Load(mappings));
        return result is null ? 1 : 0;
    }
}
