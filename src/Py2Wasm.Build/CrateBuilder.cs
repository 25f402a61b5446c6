using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Py2Wasm.Emit.Rust;

namespace Py2Wasm.Build;

/// <summary>What to build for.</summary>
public enum BuildTarget
{
    /// <summary>A native executable, built with rustup's stable toolchain, tuned for speed.</summary>
    Native,
    /// <summary><c>wasm32-wasi</c> with Debian's rustc 1.63, tuned for size by default (see <see cref="Optimize"/>), then <c>wasm-opt</c>.</summary>
    Wasi,
    /// <summary><c>wasm32-unknown-unknown</c> with Debian's rustc 1.63, tuned for size by default, then <c>wasm-opt</c>.</summary>
    Web,
}

/// <summary>What a WebAssembly build is tuned for (native builds are always tuned for speed).</summary>
public enum Optimize
{
    /// <summary>The default: <see cref="Size"/> for every WebAssembly target (issue 6: WASM builds are tuned for size).</summary>
    Default,
    /// <summary><c>opt-level = 3</c>, then <c>wasm-opt -O2</c>: about 1.5-2x faster under node, about 1.7x larger.</summary>
    Speed,
    /// <summary><c>opt-level = "z"</c>, then <c>wasm-opt -Oz</c>: the smallest module.</summary>
    Size,
}

/// <summary>Options of a build.</summary>
public sealed record BuildOptions
{
    /// <summary>Where crates and the shared cargo target directories live (default: <c>$PY2WASM_CACHE</c> or <c>~/.cache/py2wasm</c>).</summary>
    public string CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>Receives one line per build step (for progress on a terminal); null for silence.</summary>
    public TextWriter? Progress { get; init; }

    /// <summary>
    /// The cargo profile of WebAssembly builds: <c>wasm</c> (size: LTO, one codegen unit), or for quicker test builds
    /// <c>wasm-fast</c> (opt-level 1) or <c>wasm-test-fast</c> (the generated crate at opt-level 0).
    /// </summary>
    public string WasmProfile { get; init; } = "wasm";

    /// <summary>The cargo profile of native builds: <c>release</c> (speed), or <c>test-fast</c> for quicker test builds.</summary>
    public string NativeProfile { get; init; } = "release";

    /// <summary>Skips wasm-opt (faster test builds).</summary>
    public bool SkipWasmOpt { get; init; }

    /// <summary>What the <c>wasm</c> profile is tuned for (ignored for native builds and other profiles).</summary>
    public Optimize Optimize { get; init; } = Optimize.Default;

    /// <summary>The tuning a build for <paramref name="target"/> gets: <see cref="Optimize"/>, or the target's default.</summary>
    public Optimize OptimizeFor(BuildTarget target) => Optimize != Optimize.Default ? Optimize : Optimize.Size;

    /// <summary>The default cache directory.</summary>
    public static string DefaultCacheDirectory()
    {
        var env = Environment.GetEnvironmentVariable("PY2WASM_CACHE");
        if (!string.IsNullOrEmpty(env)) return env;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrEmpty(home) ? Path.GetTempPath() : home, ".cache", "py2wasm");
    }
}

/// <summary>The outcome of a build: the artifact (executable or .wasm) or diagnostics.</summary>
public sealed record BuildResult(string? ArtifactPath, ImmutableArray<Diagnostic> Diagnostics, bool CacheHit, TimeSpan Elapsed, string CrateDirectory)
{
    /// <summary>True when an artifact was produced.</summary>
    public bool Success => ArtifactPath is not null;
}

/// <summary>
/// Writes an emitted crate to a directory keyed by its content and target, builds it with cargo into a
/// target directory shared by all programs of the same target (so the runtime is compiled once), and
/// keeps the artifact next to the crate so an unchanged program is never rebuilt.
/// </summary>
public sealed class CrateBuilder
{
    private readonly BuildOptions _options;

    /// <summary>
    /// The opt-level of the <c>wasm</c> profile, set through cargo's environment override, and the <c>wasm-opt</c>
    /// level. For size, <c>z</c> makes the module after <c>wasm-opt -Oz</c> about 16% smaller than the crate's
    /// <c>s</c> (hello world 733 KB -> 613 KB, measured 2026-11-25). For speed, <c>3</c> runs the benchmark programs
    /// about 1.5-2x faster under node than <c>z</c>, for modules about 1.7x larger (measured 2026-11-27; both
    /// tables in docs/benchmarks.md).
    /// </summary>
    private static (string OptLevel, string WasmOpt) WasmTuning(Optimize optimize) =>
        optimize == Optimize.Speed ? ("3", "-O2") : ("z", "-Oz");

    /// <summary>Creates a builder.</summary>
    public CrateBuilder(BuildOptions? options = null)
    {
        _options = options ?? new BuildOptions();
    }

    /// <summary>Builds <paramref name="files"/> (a crate with one binary named <c>main</c>) for <paramref name="target"/>.</summary>
    public BuildResult Build(IReadOnlyList<EmittedFile> files, BuildTarget target)
    {
        var sw = Stopwatch.StartNew();
        var tuning = WasmTuning(_options.OptimizeFor(target));
        var tuned = target != BuildTarget.Native && _options.WasmProfile == "wasm";
        var key = ContentKey(files, target) + (target == BuildTarget.Native ? "-" + _options.NativeProfile : "-" + _options.WasmProfile + (tuned ? "-o" + tuning.OptLevel : "") + (_options.SkipWasmOpt ? "-noopt" : ""));
        var crateDir = Path.Combine(_options.CacheDirectory, "crates", key);
        var artifact = Path.Combine(crateDir, "out", target == BuildTarget.Native ? "main" : "main.wasm");
        if (File.Exists(artifact))
        {
            return new BuildResult(artifact, ImmutableArray<Diagnostic>.Empty, true, sw.Elapsed, crateDir);
        }
        WriteCrate(crateDir, files);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var toolchain = Toolchains.For(target);
        if (toolchain.Cargo is null)
        {
            diagnostics.Add(BuildDiagnostics.Create(BuildErrorCode.ToolNotFound, "cargo"));
            return new BuildResult(null, diagnostics.ToImmutable(), false, sw.Elapsed, crateDir);
        }
        // Each opt-level of the wasm profile gets its own target directory: sharing one would make cargo rebuild
        // the runtime whenever consecutive builds differ in tuning.
        var targetDir = Path.Combine(_options.CacheDirectory, "target", target.ToString().ToLowerInvariant() + (tuned && tuning.OptLevel != "z" ? "-o" + tuning.OptLevel : ""));
        Directory.CreateDirectory(targetDir);
        var args = new List<string> { "build", "--offline", "--quiet" };
        string profileDir;
        if (target == BuildTarget.Native)
        {
            args.AddRange(new[] { "--profile", _options.NativeProfile });
            profileDir = Path.Combine(targetDir, _options.NativeProfile);
        }
        else
        {
            var triple = target == BuildTarget.Wasi ? "wasm32-wasi" : "wasm32-unknown-unknown";
            args.AddRange(new[] { "--profile", _options.WasmProfile, "--target", triple });
            profileDir = Path.Combine(targetDir, triple, _options.WasmProfile);
        }
        _options.Progress?.WriteLine("py2wasm: compiling Rust (" + target.ToString().ToLowerInvariant() + ")...");
        // One build per target directory at a time: the binary name `main` is shared by all crates.
        using (var gate = AcquireLock(Path.Combine(targetDir, ".py2wasm.lock")))
        {
            File.Delete(Path.Combine(crateDir, "Cargo.lock"));
            var env = toolchain.Environment(targetDir);
            if (target != BuildTarget.Native && _options.WasmProfile == "wasm") env["CARGO_PROFILE_WASM_OPT_LEVEL"] = tuning.OptLevel;
            var (code, output) = ProcessRunner.Run(toolchain.Cargo, args, crateDir, env);
            if (code != 0)
            {
                var firstError = output.Split('\n').FirstOrDefault(l => l.StartsWith("error", StringComparison.Ordinal)) ?? output.Trim();
                File.WriteAllText(Path.Combine(crateDir, "build.log"), output);
                diagnostics.Add(BuildDiagnostics.Create(BuildErrorCode.CargoFailed, target.ToString().ToLowerInvariant(),
                    firstError + " (full log: " + Path.Combine(crateDir, "build.log") + ")"));
                return new BuildResult(null, diagnostics.ToImmutable(), false, sw.Elapsed, crateDir);
            }
            Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
            var built = Path.Combine(profileDir, target == BuildTarget.Native ? "main" : "main.wasm");
            var tmp = artifact + ".tmp";
            File.Copy(built, tmp, overwrite: true);
            if (target != BuildTarget.Native && _options.SkipWasmOpt && WasmLocals.MaxLocals(File.ReadAllBytes(tmp)) > WasmLocals.V8Limit
                && Toolchains.Find("wasm-opt") is { } coalescer)
            {
                // Unoptimized code can give a function more locals than V8 accepts (node refuses the whole module):
                // wasm-opt's --coalesce-locals alone shares them (seconds per 10 MB; no other optimization).
                var coalesced = artifact + ".coalesced";
                var (cc, cout) = ProcessRunner.Run(coalescer, new[] { "--coalesce-locals", tmp, "-o", coalesced }, crateDir, null);
                if (cc != 0)
                {
                    diagnostics.Add(BuildDiagnostics.Create(BuildErrorCode.WasmOptFailed, tmp, cout.Trim()));
                    return new BuildResult(null, diagnostics.ToImmutable(), false, sw.Elapsed, crateDir);
                }
                File.Move(coalesced, tmp, overwrite: true);
            }
            if (target != BuildTarget.Native && !_options.SkipWasmOpt)
            {
                var wasmOpt = Toolchains.Find("wasm-opt");
                if (wasmOpt is null)
                {
                    diagnostics.Add(BuildDiagnostics.Create(BuildErrorCode.ToolNotFound, "wasm-opt"));
                    return new BuildResult(null, diagnostics.ToImmutable(), false, sw.Elapsed, crateDir);
                }
                _options.Progress?.WriteLine("py2wasm: optimizing with wasm-opt...");
                var optimized = artifact + ".opt";
                var (oc, oout) = ProcessRunner.Run(wasmOpt, new[] { tuned ? tuning.WasmOpt : "-Oz", "--strip-debug", "--strip-producers", tmp, "-o", optimized }, crateDir, null);
                if (oc != 0)
                {
                    diagnostics.Add(BuildDiagnostics.Create(BuildErrorCode.WasmOptFailed, tmp, oout.Trim()));
                    return new BuildResult(null, diagnostics.ToImmutable(), false, sw.Elapsed, crateDir);
                }
                File.Move(optimized, tmp, overwrite: true);
            }
            File.Move(tmp, artifact, overwrite: true);
        }
        return new BuildResult(artifact, diagnostics.ToImmutable(), false, sw.Elapsed, crateDir);
    }

    private static FileStream AcquireLock(string path)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 36000)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>Hash of every file's path and text plus the target and the runtime's sources (so a runtime change rebuilds).</summary>
    public static string ContentKey(IReadOnlyList<EmittedFile> files, BuildTarget target)
    {
        using var sha = SHA256.Create();
        var sb = new StringBuilder();
        sb.Append("py2wasm-build-v1\n").Append(target).Append('\n');
        foreach (var f in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            sb.Append(f.RelativePath).Append('\n').Append(f.Text.Length).Append('\n').Append(f.Text).Append('\n');
        }
        var runtime = RuntimeLocator.FromCargoToml(files);
        if (runtime is not null) sb.Append(RuntimeLocator.SourceStamp(runtime));
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexString(hash, 0, 12).ToLowerInvariant();
    }

    private static void WriteCrate(string dir, IReadOnlyList<EmittedFile> files)
    {
        Directory.CreateDirectory(dir);
        foreach (var f in files)
        {
            var path = Path.Combine(dir, f.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || File.ReadAllText(path) != f.Text) File.WriteAllText(path, f.Text);
        }
        // Crates come from Debian's packaged registry: builds are offline (the Cargo.toml still names crates.io versions).
        var cargoDir = Path.Combine(dir, ".cargo");
        Directory.CreateDirectory(cargoDir);
        // WebAssembly modules get the stack the runtime expects (pyrt::err::MAIN_STACK_SIZE, 32 MiB): deep recursion
        // under a raised recursion limit needs more than the linker's default of 1 MiB.
        const string WasmStack = "rustflags = [\"-C\", \"link-arg=-zstack-size=33554432\"]\n";
        // WASI modules also start with 256 MiB of linear memory (reserved, not touched until used). Growing memory
        // a little at a time as the allocator asks made node spend over half of an allocation-heavy program in
        // its garbage collector and in memory.grow (json_tokenizer: 5.6 s -> 2.6 s CPU; hello world starts as fast).
        const string WasiFlags = "rustflags = [\"-C\", \"link-arg=-zstack-size=33554432\", \"-C\", \"link-arg=--initial-memory=268435456\"]\n";
        File.WriteAllText(Path.Combine(cargoDir, "config.toml"),
            "[source.crates-io]\nreplace-with = \"debian-packages\"\n\n[source.debian-packages]\ndirectory = \"/usr/share/cargo/registry\"\n\n[net]\noffline = true\n\n" +
            "[target.wasm32-wasi]\n" + WasiFlags + "\n[target.wasm32-unknown-unknown]\n" + WasmStack);
    }
}
