using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Py2Wasm.Syntax.Literals;

namespace Py2Wasm.Syntax.Tests.Literals;

/// <summary>The checked-in tables and data files are what the oracle scripts produce today.</summary>
public class GeneratedFilesTests
{
    // The oracle is CPython 3.11; prefer an explicit python3.11, else whatever python3 is.
    private static readonly string[] s_pythons = ["python3.11", "python3"];

    private static Process? StartPython(IEnumerable<string> arguments, out string? executable)
    {
        foreach (string candidate in s_pythons)
        {
            var start = new ProcessStartInfo(candidate)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            try
            {
                Process? process = Process.Start(start);
                if (process is not null)
                {
                    executable = candidate;
                    return process;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed: try the next name.
            }
        }

        executable = null;
        return null;
    }

    private static void RunOracle(string script, string outputDirectory)
    {
        Process? process = StartPython([Path.Combine(OracleData.OracleDirectory, script), "--emit", outputDirectory], out string? python);
        Assert.True(process is not null,
            "python3 (CPython 3.11, the oracle) is required to check that the generated literal tables and data are current, " +
            $"but none of {string.Join(", ", s_pythons)} could be started.");
        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{python} {script} did not finish within 3 minutes");
            Assert.True(process.ExitCode == 0, $"{python} {script} failed with exit code {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        }
    }

    private static string TempDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "py2wasm-literals-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string Version()
    {
        using Process? p = StartPython(["--version"], out string? python);
        return p is null ? "none" : $"{python}: {p.StandardOutput.ReadToEnd().Trim()}";
    }

    [Fact]
    public void UnicodeTablesAreCurrent()
    {
        string dir = TempDirectory();
        try
        {
            RunOracle("gen_unicode_tables.py", dir);
            string hint = $"; regenerate with: python3 tests/oracles/literals/gen_unicode_tables.py (oracle: CPython 3.11, found {Version()})";
            string checkedIn = File.ReadAllText(Path.Combine(OracleData.RepoRoot, "src", "Py2Wasm.Syntax", "Literals", "UnicodeTables.g.cs"));
            Assert.True(File.ReadAllText(Path.Combine(dir, "UnicodeTables.g.cs")) == checkedIn, "UnicodeTables.g.cs is stale" + hint);
            Assert.True(File.ReadAllText(Path.Combine(dir, "UnicodeNames.txt")) == UnicodeNames.ReadTableText(), "UnicodeNames.txt.z is stale" + hint);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void OracleDataIsCurrent()
    {
        string dir = TempDirectory();
        try
        {
            RunOracle("gen_cases.py", dir);
            string data = Path.Combine(OracleData.OracleDirectory, "data");
            var fresh = Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            var checkedIn = Directory.GetFiles(data).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(checkedIn, fresh);
            foreach (string? name in fresh)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(dir, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(data, name!))),
                    $"data/{name} is stale; regenerate with: python3 tests/oracles/literals/gen_cases.py (oracle: CPython 3.11, found {Version()})");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void NameTableIsLoadedOnFirstNamedEscapeOnly()
    {
        // A fresh copy of the assembly, so other tests that already used \N do not interfere.
        var context = new AssemblyLoadContext("literals-lazy-names", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromAssemblyPath(typeof(UnicodeNames).Assembly.Location);
            Type names = assembly.GetType(typeof(UnicodeNames).FullName!)!;
            Type literal = assembly.GetType(typeof(StringLiteral).FullName!)!;
            bool IsLoaded() => (bool)names.GetProperty(nameof(UnicodeNames.IsLoaded))!.GetValue(null)!;
            object? Decode(string text) => literal.GetMethod(nameof(StringLiteral.Decode))!.Invoke(null, [text]);

            Decode("'plain \\n \\x41 \\u00e9 \\U0001F600'");
            Assert.False(IsLoaded());
            Decode("'\\N{EM DASH}'");
            Assert.True(IsLoaded());
        }
        finally
        {
            context.Unload();
        }
    }
}
