using System.Text.RegularExpressions;
using Py2Wasm.Mapping;

namespace Py2Wasm.Emit.Tests;

/// <summary>
/// The emitter resolves standard-library imports through the mapping registry (<see cref="MappingRegistry.Default"/>),
/// which must bind every function the runtime exports (runtime/src/modules/mod.rs EXPORTS), so a runtime addition is
/// not rejected by a stale adapter.
/// </summary>
public sealed partial class StdlibTableTests
{
    [GeneratedRegex("\\(\"(?<module>[a-z_]+)\", &\\[(?<names>[^\\]]*)\\]\\)", RegexOptions.Singleline)]
    private static partial Regex ExportEntry();

    [GeneratedRegex("pub const FUNCTIONS: &\\[&str\\] = &\\[(?<names>[^\\]]*)\\]", RegexOptions.Singleline)]
    private static partial Regex RandomFunctions();

    private static IEnumerable<string> Names(string list) => Regex.Matches(list, "\"([^\"]+)\"").Select(m => m.Groups[1].Value);

    [Fact]
    public void RegistryMapsEveryFunctionTheRuntimeExports()
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
        var missing = exports.SelectMany(e => e.Value.Where(n => MappingRegistry.Default.GetMember(e.Key, n) is null).Select(n => e.Key + "." + n)).ToList();
        Assert.True(missing.Count == 0, "the registry does not map runtime exports: " + string.Join(", ", missing));
    }

    /// <summary>
    /// The emitter and the registry cannot disagree: the emitter resolves every import through the registry, and
    /// every name an adapter maps compiles (from an import, and as <c>module.name</c> when the module has an object).
    /// The CLI has no other gate, so this is also what <c>py2wasm check</c> accepts.
    /// </summary>
    [Fact]
    public void EmitterCompilesEveryNameTheRegistryMaps()
    {
        var failures = new List<string>();
        foreach (var adapter in MappingRegistry.Default.Modules)
        {
            foreach (var member in adapter.Members)
            {
                var sources = new List<string> { "from " + adapter.ModuleName + " import " + member.Name + "\n" };
                if (adapter.ModuleObject.Kind != RustBindingKind.TypeOnly && member.Rust.Kind != RustBindingKind.TypeOnly)
                {
                    sources.Add("import " + adapter.ModuleName + "\nx = " + adapter.ModuleName + "." + member.Name + "\n");
                }
                foreach (var source in sources)
                {
                    var result = EmitterSnapshotTests.EmitSource("names", source);
                    if (!result.Success) failures.Add(source.Replace("\n", "; ") + " -> " + string.Join(" ", result.Diagnostics.Select(d => d.Id)));
                }
            }
        }
        Assert.True(failures.Count == 0, "the emitter rejects names the registry maps:\n" + string.Join("\n", failures));
        var unmapped = EmitterSnapshotTests.EmitSource("names", "from dataclasses import make_dataclass\nfrom functools import partialmethod\n");
        Assert.Equal(new[] { "PY4005", "PY4005" }, unmapped.Diagnostics.Select(d => d.Id).ToArray());
    }
}
