using System.Text;

namespace Py2Wasm.Emit.Tests;

/// <summary>Golden files: PY2WASM_ACCEPT=1 (re)writes them; otherwise a difference fails and writes *.received.* next to the golden file.</summary>
internal static class GoldenFile
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static bool Accept => Environment.GetEnvironmentVariable("PY2WASM_ACCEPT") is "1" or "true";

    private static string FindRepoRoot()
    {
        var baked = typeof(GoldenFile).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "Py2Wasm.RepoRoot")?.Value;
        if (baked is not null && File.Exists(Path.Combine(baked, "Py2Wasm.sln"))) return Path.GetFullPath(baked);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Py2Wasm.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Py2Wasm.sln not found");
    }

    public static void Verify(string path, string actual)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(RepoRoot, path);
        var received = Path.ChangeExtension(full, ".received" + Path.GetExtension(full));
        if (Accept)
        {
            File.WriteAllText(full, actual, new UTF8Encoding(false));
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (!File.Exists(full))
        {
            File.WriteAllText(received, actual, new UTF8Encoding(false));
            Assert.Fail("golden file " + full + " does not exist; run with PY2WASM_ACCEPT=1 to create it");
        }
        var expected = File.ReadAllText(full).Replace("\r\n", "\n");
        if (expected != actual)
        {
            File.WriteAllText(received, actual, new UTF8Encoding(false));
            Assert.Fail("emitted Rust differs from " + full + " (actual written to " + received + ")");
        }
        if (File.Exists(received)) File.Delete(received);
    }
}
