using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Py2Wasm.Syntax.Tests.Conformance;

/// <summary>CPython's verdict on one file: its <c>ast.dump</c> hash (and dump, when asked) or its SyntaxError.</summary>
public sealed record OracleRecord(
    string Path,
    bool Ok,
    string? Sha256,
    int Length,
    string? Dump,
    string? ErrorType,
    string? ErrorMessage,
    int? ErrorLine,
    int? ErrorOffset)
{
    /// <summary>The error as CPython shows it: <c>SyntaxError: msg (line L, offset O)</c>.</summary>
    public string ErrorText => $"{ErrorType}: {ErrorMessage} (line {ErrorLine?.ToString() ?? "?"}, offset {ErrorOffset?.ToString() ?? "?"})";
}

/// <summary>
/// Runs the CPython oracle scripts in <c>tests/oracles/</c>: <c>stdlib_files.py</c> for the corpus and
/// <c>ast_dump.py</c> for verdicts, all files in one process. Hash-only results are cached in the temp folder,
/// keyed by the Python version, the script's text and every file's path, size and modification time.
/// </summary>
public static class CPythonOracle
{
    /// <summary>The Python used: <c>$PY2WASM_PYTHON</c>, else <c>python3</c> on PATH.</summary>
    public static string Python => Environment.GetEnvironmentVariable("PY2WASM_PYTHON") is { Length: > 0 } p ? p : "python3";

    /// <summary>The repository's <c>tests/oracles</c> folder (found from the repository root recorded at build time).</summary>
    public static string OraclesDirectory { get; } = FindOracles();

    // CI builds map source paths to /_/ (deterministic builds), so the root comes from build metadata.
    private static string FindOracles() => Path.Combine(Infrastructure.GoldenFile.RepoRoot, "tests", "oracles");

    /// <summary>The stdlib corpus: its folder, the Python version, and the sorted file paths.</summary>
    public static (string Root, string Version, List<string> Files) StdlibFiles()
    {
        var output = RunPython(new[] { Path.Combine(OraclesDirectory, "stdlib_files.py") }, stdin: null);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || !lines[0].StartsWith("# ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("stdlib_files.py printed no header:\n" + output);
        }
        var header = lines[0][2..].Split('\t');
        return (header[0], header.Length > 1 ? header[1] : "?", lines.Skip(1).ToList());
    }

    /// <summary>Hash-only verdicts for <paramref name="files"/> (from the cache when nothing changed).</summary>
    public static (List<OracleRecord> Records, bool FromCache) Verdicts(string pythonVersion, IReadOnlyList<string> files)
    {
        string key = CacheKey(pythonVersion, files);
        string cacheDir = Path.Combine(Path.GetTempPath(), "py2wasm-oracle");
        string cacheFile = Path.Combine(cacheDir, $"ast-{pythonVersion}-{key[..16]}.jsonl");
        if (File.Exists(cacheFile))
        {
            var cached = ParseRecords(File.ReadAllText(cacheFile, Encoding.UTF8));
            if (cached.Count == files.Count)
            {
                return (cached, true);
            }
        }
        string output = RunPython(new[] { Path.Combine(OraclesDirectory, "ast_dump.py"), "--hash" }, string.Join('\n', files) + "\n");
        var records = ParseRecords(output);
        if (records.Count != files.Count)
        {
            throw new InvalidOperationException($"ast_dump.py returned {records.Count} records for {files.Count} files.");
        }
        Directory.CreateDirectory(cacheDir);
        string temp = cacheFile + "." + Environment.ProcessId + ".tmp";
        File.WriteAllText(temp, output, new UTF8Encoding(false));
        File.Move(temp, cacheFile, overwrite: true);
        return (records, false);
    }

    /// <summary>Full dumps for a few files (for showing differences).</summary>
    public static Dictionary<string, OracleRecord> FullDumps(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return new Dictionary<string, OracleRecord>();
        }
        string output = RunPython(new[] { Path.Combine(OraclesDirectory, "ast_dump.py"), "--jobs", "1" }, string.Join('\n', files) + "\n");
        return ParseRecords(output).ToDictionary(r => r.Path, StringComparer.Ordinal);
    }

    private static string CacheKey(string pythonVersion, IReadOnlyList<string> files)
    {
        var sb = new StringBuilder();
        sb.Append(pythonVersion).Append('\n');
        sb.Append(File.ReadAllText(Path.Combine(OraclesDirectory, "ast_dump.py"))).Append('\n');
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            sb.Append(file).Append('\t').Append(info.Exists ? info.Length : -1).Append('\t')
              .Append(info.Exists ? info.LastWriteTimeUtc.Ticks : 0).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()))).ToLowerInvariant();
    }

    private static List<OracleRecord> ParseRecords(string output)
    {
        var records = new List<OracleRecord>();
        foreach (var line in output.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (!r.TryGetProperty("path", out var path))
            {
                continue; // the header line
            }
            bool ok = r.GetProperty("ok").GetBoolean();
            if (ok)
            {
                records.Add(new OracleRecord(
                    path.GetString()!,
                    true,
                    r.GetProperty("sha256").GetString(),
                    r.GetProperty("length").GetInt32(),
                    r.TryGetProperty("dump", out var dump) ? dump.GetString() : null,
                    null, null, null, null));
            }
            else
            {
                var e = r.GetProperty("error");
                records.Add(new OracleRecord(
                    path.GetString()!,
                    false,
                    null,
                    0,
                    null,
                    e.GetProperty("type").GetString(),
                    e.GetProperty("msg").ValueKind == JsonValueKind.String ? e.GetProperty("msg").GetString() : null,
                    e.GetProperty("lineno").ValueKind == JsonValueKind.Number ? e.GetProperty("lineno").GetInt32() : null,
                    e.GetProperty("offset").ValueKind == JsonValueKind.Number ? e.GetProperty("offset").GetInt32() : null));
            }
        }
        return records;
    }

    private static string RunPython(IEnumerable<string> args, string? stdin)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["PYTHONUTF8"] = "1";
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot start '{Python}' (set PY2WASM_PYTHON to a CPython 3.11+): {e.Message}", e);
        }
        using (process)
        {
            var stderrTask = process.StandardError.ReadToEndAsync();
            if (stdin is not null)
            {
                var writer = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false));
                writer.Write(stdin);
                writer.Close();
            }
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{Python} {string.Join(' ', args)}' failed with exit code {process.ExitCode}:\n{stderrTask.Result}");
            }
            return stdout;
        }
    }
}
