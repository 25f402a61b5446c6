using System.Text;

namespace Py2Wasm.Syntax.Tests.Infrastructure;

/// <summary>
/// Golden-file assertions: the expected output lives in a file in the repository. Set PY2WASM_ACCEPT=1 to
/// (re)write golden files from the actual output; otherwise a difference fails the test and the actual output
/// is written next to the golden file as *.received.* for inspection.
/// </summary>
public static class GoldenFile
{
    private static readonly Lazy<string> s_repoRoot = new(FindRepoRoot);

    /// <summary>The repository root (the folder holding Py2Wasm.sln).</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>True when golden files should be accepted (rewritten) instead of compared.</summary>
    public static bool Accept => Environment.GetEnvironmentVariable("PY2WASM_ACCEPT") is "1" or "true";

    private static string FindRepoRoot()
    {
        var baked = typeof(GoldenFile).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "Py2Wasm.RepoRoot")?.Value;
        if (baked is not null && File.Exists(Path.Combine(baked, "Py2Wasm.sln")))
        {
            return Path.GetFullPath(baked);
        }
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Py2Wasm.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Py2Wasm.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Compares <paramref name="actual"/> with the golden file at <paramref name="path"/> (absolute or repo-relative).</summary>
    public static void Verify(string path, string actual)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(RepoRoot, path);
        actual = actual.Replace("\r\n", "\n");
        var received = Path.ChangeExtension(full, ".received" + Path.GetExtension(full));
        if (Accept)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, actual, new UTF8Encoding(false));
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (!File.Exists(full))
        {
            File.WriteAllText(received, actual, new UTF8Encoding(false));
            Assert.Fail($"Golden file {Relative(full)} does not exist; actual output written to {Relative(received)}. Run with PY2WASM_ACCEPT=1 to accept.");
        }
        var expected = File.ReadAllText(full).Replace("\r\n", "\n");
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail($"Golden file {Relative(full)} differs from the actual output (written to {Relative(received)}):\n{FirstDifference(expected, actual)}\nRun with PY2WASM_ACCEPT=1 to accept.");
    }

    private static string Relative(string path) => Path.GetRelativePath(RepoRoot, path);

    /// <summary>A short excerpt around the first differing line.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        int n = Math.Min(e.Length, a.Length);
        int i = 0;
        while (i < n && e[i] == a[i]) i++;
        var sb = new StringBuilder();
        sb.AppendLine($"first difference at line {i + 1}:");
        for (int k = Math.Max(0, i - 2); k < Math.Min(Math.Max(e.Length, a.Length), i + 3); k++)
        {
            if (k < e.Length) sb.AppendLine($"- {e[k]}");
            if (k < a.Length) sb.AppendLine($"+ {a[k]}");
        }
        return sb.ToString();
    }
}
