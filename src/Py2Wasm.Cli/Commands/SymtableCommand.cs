using Microsoft.CodeAnalysis;
using Py2Wasm.Semantics;
using Py2Wasm.Syntax;

namespace Py2Wasm.Cli.Commands;

/// <summary>
/// <c>py2wasm symtable FILE|DIR...</c>: prints our scopes and symbols in the format of
/// <c>tests/oracles/symtable_dump.py</c>, so the two can be compared with <c>diff</c>.
/// </summary>
public sealed class SymtableCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "symtable";

    /// <inheritdoc/>
    public string Summary => "Print scopes and symbol flags as CPython's symtable module reports them.";

    /// <inheritdoc/>
    public string Help => """
        usage: py2wasm symtable FILE|DIR...

        Binds each file (directories: every *.py below them, in sorted order) and prints its scope tree in the
        format of tests/oracles/symtable_dump.py: one line per scope ('TYPE NAME LINE'), then one line per symbol
        ('. NAME FLAGS', sorted by name) with the symtable.Symbol is_* predicates that hold.
        With several files, each dump follows a line '=== PATH'; a file that CPython would reject prints
        '!error MESSAGE' (the first error) instead of a dump.

        Exit code: 0 when every file binds without errors, 1 otherwise, 2 for usage errors.
        """;

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var paths = new List<string>();
        foreach (var arg in args)
        {
            if (arg.StartsWith('-') && arg != "-")
            {
                throw new UsageException($"unknown option '{arg}'");
            }
            paths.Add(arg);
        }
        if (paths.Count == 0)
        {
            throw new UsageException("no input files");
        }
        var files = SourceFiles.Expand(paths);
        bool several = files.Count > 1;
        int status = 0;
        foreach (var path in files)
        {
            var tree = PythonSyntaxTree.ParseBytes(File.ReadAllBytes(path), PythonParseOptions.Default, path);
            var table = SymbolTable.Build(tree);
            var firstError = tree.GetDiagnostics().Concat(table.Diagnostics)
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .OrderBy(d => d.Location.SourceSpan.Start)
                .FirstOrDefault();
            if (several)
            {
                stdout.Write($"=== {path}\n");
            }
            if (firstError is not null)
            {
                status = 1;
                if (several)
                {
                    stdout.Write($"!error {firstError.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}\n");
                }
                else
                {
                    var pos = firstError.Location.GetLineSpan().StartLinePosition;
                    stderr.WriteLine($"{path}({pos.Line + 1},{pos.Character + 1}): error {firstError.Id}: {firstError.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
                }
                continue;
            }
            stdout.Write(table.Dump());
        }
        return status;
    }
}
