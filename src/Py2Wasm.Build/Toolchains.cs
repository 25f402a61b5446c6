namespace Py2Wasm.Build;

/// <summary>Which cargo builds which target, and with what environment.</summary>
internal sealed record Toolchain(string? Cargo, bool Debian)
{
    public Dictionary<string, string> Environment(string targetDir)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CARGO_TARGET_DIR"] = targetDir,
            ["CARGO_TERM_COLOR"] = "never",
        };
        if (Debian)
        {
            // Debian's cargo and rustc (1.63) must come first on PATH, ahead of rustup's proxies.
            env["PATH"] = "/usr/bin:" + (System.Environment.GetEnvironmentVariable("PATH") ?? "");
            env["RUSTC"] = "/usr/bin/rustc";
        }
        return env;
    }
}

/// <summary>Locates build and run tools.</summary>
public static class Toolchains
{
    internal static Toolchain For(BuildTarget target)
    {
        if (target == BuildTarget.Native)
        {
            var home = System.Environment.GetEnvironmentVariable("CARGO_HOME") ??
                Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".cargo");
            var rustup = Path.Combine(home, "bin", "cargo");
            return File.Exists(rustup) ? new Toolchain(rustup, false) : new Toolchain(Find("cargo"), false);
        }
        return File.Exists("/usr/bin/cargo") ? new Toolchain("/usr/bin/cargo", true) : new Toolchain(null, true);
    }

    /// <summary>The full path of <paramref name="tool"/> on PATH, or null.</summary>
    public static string? Find(string tool)
    {
        foreach (var dir in (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var p = Path.Combine(dir, tool);
            if (File.Exists(p)) return p;
        }
        return null;
    }
}
