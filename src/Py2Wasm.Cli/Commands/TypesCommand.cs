using Py2Wasm.Semantics;
using Py2Wasm.Syntax;

namespace Py2Wasm.Cli.Commands;

/// <summary><c>py2wasm types FILE...</c>: the inferred Python type and Rust representation of every binding.</summary>
public sealed class TypesCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "types";

    /// <inheritdoc/>
    public string Summary => "Print the inferred type and Rust representation of every variable and parameter.";

    /// <inheritdoc/>
    public string Help => """
        usage: py2wasm types FILE...

        Compiles the files together (module names relative to their common folder) and prints, for each scope in
        symtable order, one line per parameter and variable bound there: 'SCOPE.NAME: TYPE -> RUST', where SCOPE
        is the dotted path of scope names ('top' for the module). 'Any -> Obj' marks the dynamic fallback.

        Exit code: 0, or 1 when a file has errors, 2 for usage errors.
        """;

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0)
        {
            throw new UsageException("no input files");
        }
        foreach (var arg in args)
        {
            if (arg.StartsWith('-') && arg != "-")
            {
                throw new UsageException($"unknown option '{arg}'");
            }
        }
        var files = SourceFiles.Expand(args);
        var trees = files.Select(p => PythonSyntaxTree.ParseBytes(File.ReadAllBytes(p), PythonParseOptions.Default, p)).ToList();
        var compilation = PythonCompilation.Create("types", trees);
        int status = 0;
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            if (model.GetDiagnostics().Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
            {
                status = 1;
            }
            if (trees.Count > 1)
            {
                stdout.Write($"=== {tree.FilePath}\n");
            }
            foreach (var scope in model.SymbolTable.Root.DescendantsAndSelf())
            {
                var path = string.Join(".", scope.Ancestors().Reverse().Select(s => s.Name).Append(scope.Name));
                foreach (var entry in scope.Symbols)
                {
                    if ((entry.Flags & (SymbolFlags.Assigned | SymbolFlags.Parameter)) == 0 || entry.Resolution is not (NameResolution.Local or NameResolution.Cell))
                    {
                        continue;
                    }
                    var symbol = model.GetSymbol(entry);
                    if (symbol is FunctionSymbol or ClassSymbol)
                    {
                        continue;
                    }
                    var info = model.GetSymbolType(symbol);
                    stdout.Write($"{path}.{entry.Name}: {info.Type.Name} -> {info.RustType}\n");
                }
            }
        }
        return status;
    }
}
