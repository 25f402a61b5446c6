using System.Security.Cryptography;
using System.Text;
using Py2Wasm.Emit.Rust;

namespace Py2Wasm.Build;

/// <summary>Finds the runtime crate and fingerprints its sources.</summary>
public static class RuntimeLocator
{
    /// <summary>
    /// The runtime directory: <c>$PY2WASM_RUNTIME</c>, else the first <c>runtime/Cargo.toml</c> found walking up
    /// from <paramref name="start"/> (default: the compiler's own directory, then the current directory).
    /// </summary>
    public static string? Find(string? start = null)
    {
        var env = Environment.GetEnvironmentVariable("PY2WASM_RUNTIME");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, "Cargo.toml"))) return Path.GetFullPath(env);
        foreach (var s in new[] { start, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            if (s is null) continue;
            for (var d = new DirectoryInfo(s); d is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, "runtime", "Cargo.toml");
                if (File.Exists(candidate) && File.ReadAllText(candidate).Contains("name = \"py2wasm-runtime\"", StringComparison.Ordinal))
                {
                    return Path.Combine(d.FullName, "runtime");
                }
            }
        }
        return null;
    }

    internal static string? FromCargoToml(IReadOnlyList<EmittedFile> files)
    {
        var toml = files.FirstOrDefault(f => f.RelativePath == "Cargo.toml")?.Text;
        if (toml is null) return null;
        const string marker = "path = \"";
        var i = toml.IndexOf("py2wasm-runtime", StringComparison.Ordinal);
        if (i < 0) return null;
        var j = toml.IndexOf(marker, i, StringComparison.Ordinal);
        if (j < 0) return null;
        var end = toml.IndexOf('"', j + marker.Length);
        return toml.Substring(j + marker.Length, end - j - marker.Length);
    }

    /// <summary>A hash of the runtime's Rust sources and manifest (a runtime change gives every program a new cache key).</summary>
    public static string SourceStamp(string runtimeDir)
    {
        if (!Directory.Exists(runtimeDir)) return "";
        var sb = new StringBuilder();
        var files = Directory.EnumerateFiles(Path.Combine(runtimeDir, "src"), "*.rs", SearchOption.AllDirectories)
            .Append(Path.Combine(runtimeDir, "Cargo.toml"))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var f in files)
        {
            if (!File.Exists(f)) continue;
            var info = new FileInfo(f);
            sb.Append(f).Append(' ').Append(info.Length).Append(' ').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>The WASI runner script (written next to the cache on first use).</summary>
    public static string WasiRunnerScript(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, "run_wasi.mjs");
        using var s = typeof(RuntimeLocator).Assembly.GetManifestResourceStream("Py2Wasm.Build.run_wasi.mjs")!;
        using var r = new StreamReader(s);
        var text = r.ReadToEnd();
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            Directory.CreateDirectory(cacheDirectory);
            File.WriteAllText(path, text);
        }
        return path;
    }
}
