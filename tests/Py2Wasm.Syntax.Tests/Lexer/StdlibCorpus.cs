using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Py2Wasm.Syntax.Tests.Lexer;

/// <summary>Locates CPython (python3), its standard library and the repository's oracle scripts.</summary>
internal static class StdlibCorpus
{
    private static readonly Lazy<string?> s_stdlib = new(FindStdlib);

    /// <summary>The repository root, from this source file's path (test output may live outside the tree).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string OracleScript(string name) => Path.Combine(RepositoryRoot, "tests", "oracles", name);

    /// <summary>The stdlib folder of python3, or null when python3 is not available.</summary>
    public static string? StdlibFolder => s_stdlib.Value;

    /// <summary>Every .py file of the stdlib except site-packages, sorted ordinally.</summary>
    public static IReadOnlyList<string> Files()
    {
        var root = StdlibFolder;
        if (root is null)
        {
            return Array.Empty<string>();
        }
        var files = Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "site-packages" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static string? FindStdlib()
    {
        try
        {
            var output = RunPython(new[] { "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])" }, stdin: null);
            var path = output.Trim();
            return Directory.Exists(path) ? path : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Runs python3 with <paramref name="arguments"/>, feeding <paramref name="stdin"/>; returns stdout.</summary>
    public static string RunPython(IEnumerable<string> arguments, string? stdin, string executable = "python3")
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        info.Environment["PYTHONWARNINGS"] = "ignore";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("python3 failed: " + stderrTask.Result);
        }
        return stdoutTask.Result;
    }

    /// <summary>
    /// Runs an oracle script over <paramref name="files"/> (paths on stdin), caching its output in the temp folder
    /// under a key made of the script's text, the python version and every file's path, size and time stamp.
    /// </summary>
    public static string RunOracleCached(string script, IReadOnlyList<string> files, string executable = "python3")
    {
        string scriptPath = OracleScript(script);
        var key = new System.Text.StringBuilder();
        key.Append(File.ReadAllText(scriptPath)).Append('\n').Append(StdlibFolder).Append('\n').Append(executable).Append('\n');
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            key.Append(file).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }
        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key.ToString())))[..16];
        string cachePath = Path.Combine(Path.GetTempPath(), $"py2wasm-oracle-{Path.GetFileNameWithoutExtension(script)}-{hash}.jsonl");
        if (File.Exists(cachePath))
        {
            return File.ReadAllText(cachePath);
        }
        string output = RunPython(new[] { scriptPath }, string.Join("\n", files) + "\n", executable);
        string temp = cachePath + "." + Environment.ProcessId + ".tmp";
        File.WriteAllText(temp, output);
        File.Move(temp, cachePath, overwrite: true);
        return output;
    }

    /// <summary>
    /// A Python 3.12+ interpreter for the f-string oracle: $PY2WASM_PYTHON312, else python3.12 if it runs; or null.
    /// </summary>
    public static string? FindPython312()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("PY2WASM_PYTHON312"), "python3.12" })
        {
            if (string.IsNullOrEmpty(candidate))
            {
                continue;
            }
            try
            {
                var version = RunPython(new[] { "-c", "import sys; print(sys.version_info >= (3, 12))" }, null, candidate);
                if (version.Trim() == "True")
                {
                    return candidate;
                }
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                // Not available: try the next candidate.
            }
        }
        return null;
    }

    // CI builds map source paths to /_/ (deterministic builds), so the root comes from build metadata.
    private static string FindRepositoryRoot() => Infrastructure.GoldenFile.RepoRoot;
}
