namespace Py2Wasm.Cli.Commands;

/// <summary><c>py2wasm emit FILE|DIR -o DIR</c>: writes the Rust crate.</summary>
public sealed class EmitCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "emit";

    /// <inheritdoc/>
    public string Summary => "Compile a program to a Rust crate (Cargo.toml + src/) in a directory.";

    /// <inheritdoc/>
    public string Help => """
        usage: py2wasm emit FILE|DIR -o OUTDIR [--json] [--dynamic-only] [--mapping DLL]...

        Writes the generated Cargo crate to OUTDIR (created if needed). The crate depends on the
        Py2Wasm runtime by path; `cargo build --release` in OUTDIR builds it.
        --mapping DLL adds the mapping providers (IMappingProvider) of an assembly; repeatable.

        Exit code: 0 on success, 1 for compile errors, 2 for usage errors.
        """;

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null, output = null;
        bool json = false, dynamicOnly = false;
        var mappings = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-o":
                case "--output": output = CompilerDriver.NextValue(args, ref i, "-o"); break;
                case "--json": json = true; break;
                case "--mapping": mappings.Add(CompilerDriver.NextValue(args, ref i, "--mapping")); break;
                case "--dynamic-only": dynamicOnly = true; break;
                default:
                    if (args[i].StartsWith('-')) throw new UsageException("unknown option '" + args[i] + "'");
                    path = path is null ? args[i] : throw new UsageException("only one FILE|DIR may be given");
                    break;
            }
        }
        if (path is null) throw new UsageException("missing FILE|DIR");
        if (output is null) throw new UsageException("missing -o OUTDIR");
        var result = CompilerDriver.Compile(path, dynamicOnly, json, stderr, out _, mappings: MappingLoader.Load(mappings));
        if (result is null) return 1;
        foreach (var f in result.Files)
        {
            var p = Path.Combine(output, f.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(p)!);
            File.WriteAllText(p, f.Text);
        }
        return 0;
    }
}
