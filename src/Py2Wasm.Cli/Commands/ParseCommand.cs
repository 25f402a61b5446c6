using Microsoft.CodeAnalysis;
using Py2Wasm.Syntax;
using Py2Wasm.Syntax.Ast;
using Py2Wasm.Syntax.Debugging;

namespace Py2Wasm.Cli.Commands;

/// <summary>
/// <c>py2wasm parse FILE|DIR... [--ast [--ast-version 3.11|3.12]] [--tree] [--check]</c>: parses Python files and
/// shows CPython's <c>ast.dump</c> of them, our syntax tree, or diagnostics and round-trip status.
/// </summary>
public sealed class ParseCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "parse";

    /// <inheritdoc/>
    public string Summary => "Parse Python files: diagnostics, CPython-style AST dump, or the syntax tree.";

    /// <inheritdoc/>
    public string Help => """
        usage: py2wasm parse FILE|DIR... [--ast] [--ast-version 3.11|3.12] [--tree] [--check]

        Parses each file (directories: every *.py below them, in sorted order).

          --ast           print ast.dump(ast.parse(source), include_attributes=True) as CPython does,
                          one line per file (prefixed with 'PATH: ' when there are several files)
          --ast-version   the CPython version whose ast.dump format to print: 3.11 (default) or 3.12
          --tree          print our syntax tree: nodes, tokens and trivia with spans
          --check         per file: its diagnostics (PATH(LINE,COL): error PYnnnn: message) and a line
                          'PATH: N errors, round-trip ok|FAILED'; then 'N files, N parsed, N round-trip, N with errors'
                          (the default when no mode is given)

        Exit code: 0 when every file parsed without errors, 1 otherwise, 2 for usage errors.
        """;

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        bool ast = false, tree = false, check = false;
        var astOptions = AstDumpOptions.Python311;
        var paths = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--ast":
                    ast = true;
                    break;
                case "--tree":
                    tree = true;
                    break;
                case "--check":
                    check = true;
                    break;
                case "--ast-version":
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException("--ast-version needs a value: 3.11 or 3.12");
                    }
                    astOptions = AstVersion(args[++i]);
                    break;
                default:
                    if (arg.StartsWith("--ast-version=", StringComparison.Ordinal))
                    {
                        astOptions = AstVersion(arg["--ast-version=".Length..]);
                    }
                    else if (arg.StartsWith('-') && arg != "-")
                    {
                        throw new UsageException($"unknown option '{arg}'");
                    }
                    else
                    {
                        paths.Add(arg);
                    }
                    break;
            }
        }
        if (paths.Count == 0)
        {
            throw new UsageException("no input files");
        }
        if (!ast && !tree)
        {
            check = true;
        }
        var files = SourceFiles.Expand(paths);
        bool several = files.Count > 1;
        int parsed = 0, roundTrip = 0, withErrors = 0;
        foreach (var path in files)
        {
            PythonSyntaxTree syntaxTree;
            try
            {
                syntaxTree = PythonSyntaxTree.ParseBytes(File.ReadAllBytes(path), PythonParseOptions.Default, path);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The parser must never throw; report it as an error of this file rather than stopping the run.
                withErrors++;
                stderr.WriteLine($"{path}: internal error: the parser threw {e.GetType().Name}: {e.Message}");
                continue;
            }
            parsed++;
            var root = syntaxTree.GetRoot();
            bool fileRoundTrips = root.ToFullString() == syntaxTree.Text.ToString();
            var errors = syntaxTree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (fileRoundTrips)
            {
                roundTrip++;
            }
            if (errors.Count > 0 || !fileRoundTrips)
            {
                withErrors++;
            }
            if (check)
            {
                foreach (var diagnostic in syntaxTree.GetDiagnostics())
                {
                    stdout.WriteLine(FormatDiagnostic(path, diagnostic));
                }
                stdout.WriteLine(fileRoundTrips
                    ? $"{path}: {Plural(errors.Count, "error")}, round-trip ok"
                    : $"{path}: {Plural(errors.Count, "error")}, round-trip FAILED (ToFullString() differs from the source text)");
            }
            if (ast)
            {
                string dump = AstDump.Dump(root, astOptions);
                stdout.WriteLine(several ? $"{path}: {dump}" : dump);
            }
            if (tree)
            {
                if (several)
                {
                    stdout.WriteLine($"==> {path} <==");
                }
                SyntaxTreeDumper.Dump(root, stdout);
            }
        }
        if (check)
        {
            stdout.WriteLine($"{files.Count} files, {parsed} parsed, {roundTrip} round-trip, {withErrors} with errors");
        }
        return withErrors > 0 ? 1 : 0;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static AstDumpOptions AstVersion(string value) => value switch
    {
        "3.11" => AstDumpOptions.Python311,
        "3.12" => AstDumpOptions.Python312,
        _ => throw new UsageException($"--ast-version must be 3.11 or 3.12, not '{value}'"),
    };

    /// <summary>Compiler-style text: <c>path(line,col): error PY0001: message</c> with 1-based line and column.</summary>
    public static string FormatDiagnostic(string path, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{path}({start.Line + 1},{start.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
