using System.Diagnostics;

namespace Py2Wasm.Benchmarks;

/// <summary>The benchmark corpus: every .py file of the installed CPython standard library (site-packages excluded).</summary>
public static class StdlibCorpus
{
    private static readonly Lazy<IReadOnlyList<(string Path, string Text, int Utf8Bytes)>> s_files = new(Load);

    /// <summary>The files, decoded as CPython decodes them.</summary>
    public static IReadOnlyList<(string Path, string Text, int Utf8Bytes)> Files => s_files.Value;

    /// <summary>Total size in source bytes (as stored on disk).</summary>
    public static long TotalBytes => Files.Sum(f => (long)f.Utf8Bytes);

    /// <summary>The stdlib folder of the given Python.</summary>
    public static string StdlibPath(string python = "python3")
    {
        var psi = new ProcessStartInfo(python, "-c \"import sysconfig; print(sysconfig.get_paths()['stdlib'])\"")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(psi)!;
        var path = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return path;
    }

    private static IReadOnlyList<(string, string, int)> Load()
    {
        var root = Environment.GetEnvironmentVariable("PY2WASM_STDLIB") ?? StdlibPath();
        var files = Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/site-packages/", StringComparison.Ordinal) && !f.Contains("/__pycache__/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f =>
            {
                var bytes = File.ReadAllBytes(f);
                return (f, Py2Wasm.Syntax.SourceDecoder.Decode(bytes).Text, bytes.Length);
            })
            .ToList();
        return files;
    }
}
