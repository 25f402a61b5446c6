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
        usage: py2wasm check FILE|DIR [--json] [--dynamic-only]

        Parses and compiles the program (FILE, or DIR/__main__.py / DIR/main.py, plus the modules it imports)
        and prints diagnostics to stderr as 'file.py(LINE,COL): error PYnnnn: message' with a code frame.

          --json          print the diagnostics as one JSON array instead
          --dynamic-only  compile with the dynamic value representation everywhere

        Exit code: 0 when there are no errors, 1 otherwise, 2 for usage errors.
        """;

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null;
        bool json = false, dynamicOnly = false;
        foreach (var a in args)
        {
            switch (a)
            {
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
        var result = CompilerDriver.Compile(path, dynamicOnly, json, stderr, out _);
        return result is null ? 1 : 0;
    }
}
