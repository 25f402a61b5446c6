using System.Diagnostics;
using Py2Wasm.Build;

namespace Py2Wasm.Cli.Commands;

/// <summary><c>py2wasm run FILE|DIR [--target native|wasi] [--dynamic-only] [-- ARGS...]</c>.</summary>
public sealed class RunCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "run";

    /// <inheritdoc/>
    public string Summary => "Compile (when needed) and run a program; its exit code is returned.";

    /// <inheritdoc/>
    public string Help => """
        usage: py2wasm run FILE|DIR [--target native|wasi] [--optimize speed|size] [--dynamic-only] [--json] [--mapping DLL]... [-- ARGS...]

        Builds the program (cached by content) and runs it in the current directory with ARGS.
        --optimize speed|size tunes a wasi build (default size; see `py2wasm build --help`).
        --mapping DLL adds the mapping providers (IMappingProvider) of an assembly; repeatable.
        stdin, stdout and stderr are the program's; WASI programs run under node.
        Exit code: the program's own, or 1 for compile/build errors, 2 for usage errors.
        """;

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null;
        var target = BuildTarget.Native;
        var optimize = Optimize.Default;
        bool json = false, dynamicOnly = false;
        var mappings = new List<string>();
        var programArgs = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                programArgs.AddRange(args.Skip(i + 1));
                break;
            }
            switch (args[i])
            {
                case "--target":
                    target = CompilerDriver.ParseTarget(CompilerDriver.NextValue(args, ref i, "--target"));
                    if (target == BuildTarget.Web) throw new UsageException("run supports --target native or wasi");
                    break;
                case "--optimize": optimize = CompilerDriver.ParseOptimize(CompilerDriver.NextValue(args, ref i, "--optimize")); break;
                case "--json": json = true; break;
                case "--mapping": mappings.Add(CompilerDriver.NextValue(args, ref i, "--mapping")); break;
                case "--dynamic-only": dynamicOnly = true; break;
                default:
                    if (path is null && !args[i].StartsWith('-')) { path = args[i]; break; }
                    if (args[i].StartsWith('-')) throw new UsageException("unknown option '" + args[i] + "'");
                    programArgs.Add(args[i]);
                    break;
            }
        }
        if (path is null) throw new UsageException("missing FILE|DIR");
        CompilerDriver.CheckOptimize(optimize, target);
        var emitted = CompilerDriver.Compile(path, dynamicOnly, json, stderr, out var program, target, mappings: MappingLoader.Load(mappings));
        if (emitted is null) return 1;
        var built = CompilerDriver.Build(emitted, target, stderr, optimize);
        if (!built.Success)
        {
            CompilerDriver.Report(built.Diagnostics, program, json, stderr);
            return 1;
        }
        stdout.Flush();
        ProcessStartInfo psi;
        if (target == BuildTarget.Native)
        {
            psi = new ProcessStartInfo(built.ArtifactPath!);
        }
        else
        {
            var node = Toolchains.Find("node");
            if (node is null)
            {
                stderr.WriteLine("py2wasm: error PY5001: node is not installed or not on PATH; run eng/setup.sh to install the toolchains");
                return 1;
            }
            psi = new ProcessStartInfo(node);
            psi.ArgumentList.Add("--no-warnings");
            psi.ArgumentList.Add(RuntimeLocator.WasiRunnerScript(new BuildOptions().CacheDirectory));
            psi.ArgumentList.Add(built.ArtifactPath!);
        }
        foreach (var a in programArgs) psi.ArgumentList.Add(a);
        psi.UseShellExecute = false;
        psi.WorkingDirectory = Directory.GetCurrentDirectory();
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        return p.ExitCode;
    }
}
