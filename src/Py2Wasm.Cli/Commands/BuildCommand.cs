using Py2Wasm.Build;

namespace Py2Wasm.Cli.Commands;

/// <summary><c>py2wasm build FILE|DIR --target native|wasi|web -o DIR</c>.</summary>
public sealed class BuildCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "build";

    /// <inheritdoc/>
    public string Summary => "Compile a program to a native executable or a WebAssembly module.";

    /// <inheritdoc/>
    public string Help => """
        usage: py2wasm build FILE|DIR [--target native|wasi|web] [--optimize speed|size] -o OUTDIR [--json] [--dynamic-only] [--mapping DLL]...

          --target native  an executable (rustup stable, optimized for speed) [default]
          --target wasi    a wasm32-wasi module (Debian rustc 1.63, then wasm-opt; optimized for size by default)
          --target web     a wasm32-unknown-unknown module (same toolchain; optimized for size by default)
          --optimize speed opt-level 3 and wasm-opt -O2: faster, larger module (wasi and web only)
          --optimize size  opt-level "z" and wasm-opt -Oz: smallest module, slower (wasi and web only)
          --mapping DLL    add the mapping providers (IMappingProvider) of an assembly; repeatable

        Writes OUTDIR/NAME (native) or OUTDIR/NAME.wasm. Builds are cached by content.
        Exit code: 0 on success, 1 for compile or build errors, 2 for usage errors.
        """;

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null, output = null;
        var target = BuildTarget.Native;
        var optimize = Optimize.Default;
        bool json = false, dynamicOnly = false;
        var mappings = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-o":
                case "--output": output = CompilerDriver.NextValue(args, ref i, "-o"); break;
                case "--target": target = CompilerDriver.ParseTarget(CompilerDriver.NextValue(args, ref i, "--target")); break;
                case "--optimize": optimize = CompilerDriver.ParseOptimize(CompilerDriver.NextValue(args, ref i, "--optimize")); break;
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
        CompilerDriver.CheckOptimize(optimize, target);
        var emitted = CompilerDriver.Compile(path, dynamicOnly, json, stderr, out var program, target, mappings: MappingLoader.Load(mappings));
        if (emitted is null) return 1;
        var built = CompilerDriver.Build(emitted, target, stderr, optimize);
        if (!built.Success)
        {
            CompilerDriver.Report(built.Diagnostics, program, json, stderr);
            return 1;
        }
        Directory.CreateDirectory(output);
        var dest = Path.Combine(output, program!.Name + (target == BuildTarget.Native ? "" : ".wasm"));
        File.Copy(built.ArtifactPath!, dest, overwrite: true);
        if (target == BuildTarget.Native && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dest, File.GetUnixFileMode(built.ArtifactPath!));
        }
        stdout.WriteLine(dest);
        return 0;
    }
}
