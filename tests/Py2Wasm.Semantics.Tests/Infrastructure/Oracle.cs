using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Py2Wasm.Semantics.Tests;

/// <summary>Runs CPython (the oracle) and the repository's oracle scripts; caches slow results on disk.</summary>
internal static class Oracle
{
    private static readonly Lazy<string> s_repoRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Py2Wasm.sln")))
        {
            dir = dir.Parent;
        }
        if (dir is null)
        {
            // Artifacts may live outside the repository (PY2WASM_ARTIFACTS): fall back to the source path.
            var here = Path.GetDirectoryName(SourcePath())!;
            return Path.GetFullPath(Path.Combine(here, "..", "..", ".."));
        }
        return dir.FullName;
    });

    private static string SourcePath([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    /// <summary>The repository root.</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>The Python 3.11 interpreter.</summary>
    public static string Python => File.Exists("/usr/bin/python3.11") ? "/usr/bin/python3.11" : "python3";

    /// <summary>A path under <c>tests/oracles</c>.</summary>
    public static string Script(string name) => Path.Combine(RepoRoot, "tests", "oracles", name);

    /// <summary>A path under this test project's source folder.</summary>
    public static string TestFile(params string[] parts) =>
        Path.Combine(new[] { RepoRoot, "tests", "Py2Wasm.Semantics.Tests" }.Concat(parts).ToArray());

    /// <summary>
    /// Runs python (or <paramref name="interpreter"/>) with <paramref name="args"/>, feeding <paramref name="stdin"/>;
    /// returns stdout or throws with stderr.
    /// </summary>
    public static string Run(IEnumerable<string> args, string? stdin = null, string? interpreter = null)
    {
        var psi = new ProcessStartInfo(interpreter ?? Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi)!;
        var errTask = process.StandardError.ReadToEndAsync();
        var outTask = process.StandardOutput.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }
        process.StandardInput.Close();
        process.WaitForExit();
        var stdout = outTask.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"python {string.Join(' ', args)} failed ({process.ExitCode}):\n{errTask.Result}");
        }
        return stdout;
    }

    /// <summary>The result of <paramref name="compute"/>, cached on disk under a key made of <paramref name="keyParts"/> and the Python version.</summary>
    public static string Cached(string name, IEnumerable<string> keyParts, Func<string> compute)
    {
        var sb = new StringBuilder();
        sb.Append(PythonVersion).Append('\n');
        foreach (var part in keyParts)
        {
            sb.Append(part).Append('\n');
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..24];
        var dir = Path.Combine(Path.GetTempPath(), "py2wasm-oracle-cache");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, $"{name}-{hash}.txt");
        if (File.Exists(file))
        {
            return File.ReadAllText(file, Encoding.UTF8);
        }
        var result = compute();
        var tmp = file + "." + Environment.ProcessId + ".tmp";
        File.WriteAllText(tmp, result, new UTF8Encoding(false));
        File.Move(tmp, file, overwrite: true);
        return result;
    }

    private static readonly Lazy<string> s_version = new(() => Run(new[] { "-c", "import sys; print(sys.version)" }).Trim());

    /// <summary>The oracle's full version string.</summary>
    public static string PythonVersion => s_version.Value;

    /// <summary>A key part for a file: its path, size and modification time.</summary>
    public static string FileStamp(string path)
    {
        var info = new FileInfo(path);
        return $"{path}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}";
    }

    /// <summary>Splits the output of a batch oracle (<c>=== PATH</c> headers) into one text per path.</summary>
    public static Dictionary<string, string> SplitBatch(string output)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var sb = new StringBuilder();
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    result[current] = sb.ToString();
                }
                current = line[4..];
                sb.Clear();
                continue;
            }
            if (current is not null && line.Length > 0)
            {
                sb.Append(line).Append('\n');
            }
        }
        if (current is not null)
        {
            result[current] = sb.ToString();
        }
        return result;
    }
}
