using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Py2Wasm.Build;
using Py2Wasm.Emit.Rust;

namespace Py2Wasm.EndToEnd.Tests;

/// <summary>One corpus program: NAME.py with NAME.expected (stdout bytes), NAME.exit, optional NAME.stdin and '# py2wasm-args:'.</summary>
public sealed record CorpusProgram(string Name, string Path)
{
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;
    public byte[] ExpectedStdout => File.ReadAllBytes(System.IO.Path.ChangeExtension(Path, ".expected"));
    public int ExpectedExit => int.Parse(File.ReadAllText(System.IO.Path.ChangeExtension(Path, ".exit")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    public byte[] Stdin => File.Exists(System.IO.Path.ChangeExtension(Path, ".stdin")) ? File.ReadAllBytes(System.IO.Path.ChangeExtension(Path, ".stdin")) : Array.Empty<byte>();

    /// <summary>Arguments from a '# py2wasm-args: ...' line in the first 10 lines (shell-style words, simple quoting).</summary>
    public List<string> Args
    {
        get
        {
            foreach (var line in File.ReadLines(Path).Take(10))
            {
                const string prefix = "# py2wasm-args:";
                if (line.StartsWith(prefix, StringComparison.Ordinal)) return SplitWords(line[prefix.Length..]);
            }
            return new List<string>();
        }
    }

    private static List<string> SplitWords(string s)
    {
        var words = new List<string>();
        var cur = new StringBuilder();
        bool any = false;
        char quote = '\0';
        foreach (var c in s)
        {
            if (quote != '\0')
            {
                if (c == quote) quote = '\0'; else cur.Append(c);
            }
            else if (c is '\'' or '"') { quote = c; any = true; }
            else if (char.IsWhiteSpace(c)) { if (any || cur.Length > 0) { words.Add(cur.ToString()); cur.Clear(); any = false; } }
            else cur.Append(c);
        }
        if (any || cur.Length > 0) words.Add(cur.ToString());
        return words;
    }
}

/// <summary>What happened to one program on one target.</summary>
public enum Outcome { Passed, Rejected, Failed }

public sealed record ProgramResult(CorpusProgram Program, Outcome Outcome, string Detail);

/// <summary>Finds the corpus the way tests/programs/regen.py does.</summary>
public static class CorpusFinder
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string CorpusRoot => System.IO.Path.Combine(RepoRoot, "tests", "programs");

    private static string FindRepoRoot()
    {
        var baked = typeof(CorpusFinder).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "Py2Wasm.RepoRoot")?.Value;
        if (baked is not null && File.Exists(System.IO.Path.Combine(baked, "Py2Wasm.sln"))) return System.IO.Path.GetFullPath(baked);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Py2Wasm.sln"))) dir = dir.Parent;
        if (dir is null)
        {
            dir = new DirectoryInfo(Environment.CurrentDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Py2Wasm.sln"))) dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Py2Wasm.sln not found");
    }

    /// <summary>
    /// PY2WASM_CORPUS: space- or comma-separated prefixes of program names (e.g. "generators/ stdlib/copy_module");
    /// when set, only those programs are compiled and run, and the ratchet files are checked for them only.
    /// </summary>
    public static IReadOnlyList<string>? Filter { get; } = Environment.GetEnvironmentVariable("PY2WASM_CORPUS") is { Length: > 0 } f
        ? f.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries)
        : null;

    /// <summary>True when <paramref name="name"/> is selected by <see cref="Filter"/> (always true without a filter).</summary>
    public static bool Selected(string name) => Filter is null || Filter.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));

    public static List<CorpusProgram> Find()
    {
        var root = CorpusRoot;
        var list = new List<CorpusProgram>();
        foreach (var path in System.IO.Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var rel = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
            if (rel is "regen.py" or "manifest.py") continue;
            if (rel.Split('/').Any(part => part.StartsWith('_'))) continue;
            if (!File.Exists(System.IO.Path.ChangeExtension(path, ".expected"))) continue;
            if (!Selected(rel[..^3])) continue;
            list.Add(new CorpusProgram(rel[..^3], path));
        }
        return list;
    }
}

/// <summary>Runs a process with stdin, capturing stdout bytes, with a time limit.</summary>
public static class Runner
{
    public static (int Exit, byte[] Stdout, string Stderr, bool TimedOut) Run(ProcessStartInfo psi, byte[] stdin, TimeSpan limit)
    {
        psi.RedirectStandardInput = true;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        using var p = Process.Start(psi)!;
        var stdoutTask = Task.Run(() => { using var ms = new MemoryStream(); p.StandardOutput.BaseStream.CopyTo(ms); return ms.ToArray(); });
        var stderrTask = p.StandardError.ReadToEndAsync();
        try
        {
            p.StandardInput.BaseStream.Write(stdin);
            p.StandardInput.Close();
        }
        catch (IOException)
        {
        }
        if (!p.WaitForExit((int)limit.TotalMilliseconds))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            p.WaitForExit();
            return (-1, stdoutTask.Result, stderrTask.Result, true);
        }
        return (p.ExitCode, stdoutTask.Result, stderrTask.Result, false);
    }
}
