using System.Text.RegularExpressions;
using Py2Wasm.Emit.Rust;
using Py2Wasm.Mapping;

namespace Py2Wasm.Emit.Tests;

/// <summary>
/// The emitter's table of standard-library names (what it accepts without PY3006) must list every function the
/// runtime exports (runtime/src/modules/mod.rs EXPORTS), so a runtime addition is not rejected by a stale table.
/// </summary>
public sealed partial class StdlibTableTests
{
    [GeneratedRegex("\\(\"(?<module>[a-z_]+)\", &\\[(?<names>[^\\]]*)\\]\\)", RegexOptions.Singleline)]
    private static partial Regex ExportEntry();

    [GeneratedRegex("pub const FUNCTIONS: &\\[&str\\] = &\\[(?<names>[^\\]]*)\\]", RegexOptions.Singleline)]
    private static partial Regex RandomFunctions();

    private static IEnumerable<string> Names(string list) => Regex.Matches(list, "\"([^\"]+)\"").Select(m => m.Groups[1].Value);

    [Fact]
    public void EmitterKnowsEveryFunctionTheRuntimeExports()
    {
        var modules = Path.Combine(GoldenFile.RepoRoot, "runtime", "src", "modules");
        var exports = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (Match m in ExportEntry().Matches(File.ReadAllText(Path.Combine(modules, "mod.rs"))))
        {
            exports[m.Groups["module"].Value] = Names(m.Groups["names"].Value).ToList();
        }
        exports["random"] = Names(RandomFunctions().Match(File.ReadAllText(Path.Combine(modules, "random.rs"))).Groups["names"].Value).ToList();
        Assert.Contains("math", exports.Keys);
        Assert.Contains("Random", exports["random"]);
        var missing = exports.SelectMany(e => e.Value.Where(n => !KnownNames.StdlibModules.TryGetValue(e.Key, out var known) || !known.Contains(n)).Select(n => e.Key + "." + n)).ToList();
        Assert.True(missing.Count == 0, "the emitter rejects runtime exports: " + string.Join(", ", missing));
    }

    /// <summary>
    /// The CLI rejects (PY4xxx) every import the mapping registry does not map, before the emitter sees it: so every
    /// module and name the emitter compiles must be mapped, or programs the emitter handles would be refused.
    /// </summary>
    [Fact]
    public void RegistryMapsEveryNameTheEmitterCompiles()
    {
        var accepted = KnownNames.StdlibModules.SelectMany(m => m.Value.Select(n => (Module: m.Key, Name: n)))
            .Concat(KnownNames.TypingNames.Select(n => (Module: "typing", Name: n)))
            .Concat(new[] { "dataclass", "field", "asdict", "astuple", "replace", "fields", "FrozenInstanceError" }.Select(n => (Module: "dataclasses", Name: n)));
        var missing = accepted.Where(x => !MappingRegistry.Default.TryGetModule(x.Module, out var adapter) || adapter.GetMember(x.Name) is null)
            .Select(x => x.Module + "." + x.Name).OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "the emitter compiles names the registry does not map (the CLI would reject them): " + string.Join(", ", missing));
    }
}
