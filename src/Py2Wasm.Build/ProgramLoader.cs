using System.Collections.Immutable;
using Py2Wasm.Emit.Rust;
using Py2Wasm.Syntax;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Build;

/// <summary>
/// Turns a command-line path into a <see cref="PythonProgram"/>: the entry file (or <c>DIR/__main__.py</c>,
/// <c>DIR/main.py</c>) plus every module of the same directory tree that it imports, transitively.
/// </summary>
public static class ProgramLoader
{
    /// <summary>Loads the program at <paramref name="path"/>; throws <see cref="FileNotFoundException"/> when there is no entry file.</summary>
    /// <param name="path">A .py file or a directory.</param>
    /// <param name="displayPath">How the entry file is named in diagnostics and <c>sys.argv[0]</c> (default: <paramref name="path"/> as given);
    /// <c>__file__</c> and tracebacks show absolute paths.</param>
    public static PythonProgram Load(string path, string? displayPath = null)
    {
        string entry;
        if (Directory.Exists(path))
        {
            entry = new[] { "__main__.py", "main.py" }.Select(n => Path.Combine(path, n)).FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException("no __main__.py or main.py in directory", path);
            displayPath ??= entry;
        }
        else if (File.Exists(path))
        {
            entry = path;
            displayPath ??= path;
        }
        else
        {
            throw new FileNotFoundException("no such file or directory", path);
        }
        var root = Path.GetDirectoryName(Path.GetFullPath(entry))!;
        var modules = ImmutableArray.CreateBuilder<SourceModule>();
        var entryTree = PythonSyntaxTree.ParseBytes(File.ReadAllBytes(entry), path: displayPath);
        // __file__ and traceback lines show absolute paths, as CPython's do; sys.argv[0] stays as given.
        var entryModule = new SourceModule(Path.GetFileNameWithoutExtension(entry), entryTree, IsEntry: true, RuntimePath: Path.GetFullPath(entry));
        modules.Add(entryModule);
        var queue = new Queue<SourceModule>();
        queue.Enqueue(entryModule);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var displayDir = Path.GetDirectoryName(displayPath) ?? "";
        while (queue.Count > 0)
        {
            var importer = queue.Dequeue();
            foreach (var name in ImportedNames(importer))
            {
                if (!seen.Add(name)) continue;
                var rel = name.Replace('.', Path.DirectorySeparatorChar);
                var file = new[] { rel + ".py", Path.Combine(rel, "__init__.py") }.Select(r => Path.Combine(root, r)).FirstOrDefault(File.Exists);
                if (file is null) continue;
                var relPath = Path.GetRelativePath(root, file);
                var shown = displayDir.Length == 0 ? relPath : Path.Combine(displayDir, relPath);
                var t = PythonSyntaxTree.ParseBytes(File.ReadAllBytes(file), path: shown);
                var module = new SourceModule(name, t, IsEntry: false, IsPackage: Path.GetFileName(file) == "__init__.py", RuntimePath: Path.GetFullPath(file));
                modules.Add(module);
                queue.Enqueue(module);
            }
        }
        return new PythonProgram(Path.GetFileNameWithoutExtension(entry), modules.ToImmutable());
    }

    /// <summary>Every module name an import statement of <paramref name="importer"/> may load, with its parent packages.</summary>
    private static IEnumerable<string> ImportedNames(SourceModule importer)
    {
        foreach (var node in importer.Tree.GetRoot().DescendantNodes())
        {
            switch (node)
            {
                // A package's `__all__` may name submodules: `from package import *` imports them.
                case AssignmentStatementSyntax { Targets.Count: 1 } all when importer.IsPackage
                                                                            && all.Targets[0].Target is IdentifierNameSyntax { Identifier.Text: "__all__" }:
                    foreach (var lit in all.Value.DescendantNodes().OfType<LiteralExpressionSyntax>())
                    {
                        if (lit.Token.Kind == SyntaxKind.StringToken && StringLiteral.Decode(lit.Token.Text).Text?.ToString() is { Length: > 0 } sub
                            && sub.All(c => char.IsLetterOrDigit(c) || c == '_') && !char.IsDigit(sub[0]))
                        {
                            yield return importer.Name + "." + sub;
                        }
                    }
                    break;
                case ImportStatementSyntax i:
                    foreach (var a in i.Names)
                    {
                        var parts = a.Name.Parts.Select(p => p.Identifier.Text).ToList();
                        for (int k = 1; k <= parts.Count; k++) yield return string.Join(".", parts.Take(k));
                    }
                    break;
                case ImportFromStatementSyntax f:
                    {
                        var dotted = f.Module is null ? null : string.Join(".", f.Module.Parts.Select(p => p.Identifier.Text));
                        if (f.Dots.Count > 0) dotted = importer.ResolveRelative(f.Dots.Sum(t => t.Text.Length), dotted);
                        if (dotted is null) break;
                        var parts = dotted.Split('.').ToList();
                        for (int k = 1; k <= parts.Count; k++) yield return string.Join(".", parts.Take(k));
                        foreach (var a in f.Names)
                        {
                            if (a.Name.Parts.Count == 1) yield return string.Join(".", parts) + "." + a.Name.Parts[0].Identifier.Text;
                        }
                        break;
                    }
            }
        }
    }
}
