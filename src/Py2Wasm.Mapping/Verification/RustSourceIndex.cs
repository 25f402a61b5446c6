using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Py2Wasm.Mapping.Verification;

/// <summary>
/// The public items of a Rust crate's source tree, found by reading the files (no compiler needed): which
/// <c>pub fn</c>, <c>pub const</c>, <c>pub struct</c>, … each module file declares, and which string literals it
/// contains. Lets adapter tests check that every Rust path a binding names exists.
/// </summary>
public sealed partial class RustSourceIndex
{
    private readonly string _sourceDirectory;
    private readonly Dictionary<string, (HashSet<string> Items, HashSet<string> Literals)?> _files = new(StringComparer.Ordinal);

    /// <summary>Indexes the crate named <paramref name="crateName"/> (as Rust code refers to it: <c>pyrt</c>) whose <c>lib.rs</c> is in <paramref name="sourceDirectory"/>.</summary>
    public RustSourceIndex(string crateName, string sourceDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(crateName);
        CrateName = crateName;
        _sourceDirectory = Path.GetFullPath(sourceDirectory);
        if (!File.Exists(Path.Combine(_sourceDirectory, "lib.rs")))
        {
            throw new DirectoryNotFoundException($"no lib.rs in {_sourceDirectory}");
        }
    }

    /// <summary>The crate's name in Rust paths.</summary>
    public string CrateName { get; }

    /// <summary>
    /// Checks <paramref name="path"/> (<c>pyrt::modules::math::call</c>, <c>pyrt::obj::Obj::Float</c>): the longest
    /// prefix that is a module file must declare the next segment as a public item. Null when it does; otherwise why not.
    /// </summary>
    public string? CheckPath(string path)
    {
        var parts = path.Split("::");
        if (parts[0] != CrateName)
        {
            return null; // another crate's path (std, or a dependency): not ours to check
        }
        for (int i = parts.Length - 1; i >= 1; i--)
        {
            var file = FileOf(parts[1..i]);
            if (file is null)
            {
                continue;
            }
            if (i == parts.Length)
            {
                return null; // the path is a module
            }
            var item = parts[i];
            return Load(file)!.Value.Items.Contains(item) ? null : $"'{path}': {Relative(file)} declares no public item '{item}'";
        }
        return $"'{path}': no module file for it under {_sourceDirectory}";
    }

    /// <summary>True when the module file of <paramref name="modulePath"/> (<c>pyrt::modules::math</c>, or an item in it) contains the string literal <paramref name="literal"/>.</summary>
    public bool ContainsLiteral(string modulePath, string literal)
    {
        var parts = modulePath.Split("::");
        for (int i = parts.Length; i >= 1; i--)
        {
            if (parts[0] == CrateName && FileOf(parts[1..i]) is { } file)
            {
                return Load(file)!.Value.Literals.Contains(literal);
            }
        }
        return false;
    }

    /// <summary>The public items of the module file of <paramref name="modulePath"/>, or empty.</summary>
    public ImmutableHashSet<string> ItemsOf(string modulePath)
    {
        var parts = modulePath.Split("::");
        return parts[0] == CrateName && FileOf(parts[1..]) is { } file ? Load(file)!.Value.Items.ToImmutableHashSet(StringComparer.Ordinal) : ImmutableHashSet<string>.Empty;
    }

    private string? FileOf(string[] modules)
    {
        if (modules.Length == 0)
        {
            return Path.Combine(_sourceDirectory, "lib.rs");
        }
        var dir = Path.Combine(new[] { _sourceDirectory }.Concat(modules[..^1]).ToArray());
        foreach (var candidate in new[] { Path.Combine(dir, modules[^1] + ".rs"), Path.Combine(dir, modules[^1], "mod.rs") })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private (HashSet<string> Items, HashSet<string> Literals)? Load(string file)
    {
        lock (_files)
        {
            if (_files.TryGetValue(file, out var cached))
            {
                return cached;
            }
            var text = File.ReadAllText(file);
            var items = new HashSet<string>(ItemPattern().Matches(text).Select(m => m.Groups[1].Value), StringComparer.Ordinal);
            // `pub use a::{b, c}` and `pub use a::b` re-export items.
            foreach (Match m in ReexportPattern().Matches(text))
            {
                foreach (var name in (m.Groups[1].Success ? m.Groups[1] : m.Groups[2]).Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    items.Add(name.Split("::")[^1].Split(" as ")[^1].Trim());
                }
            }
            // Raw strings (r"..", r#".."#) and char literals ('"') are matched as whole tokens so that a quote inside
            // them does not pair up with the next ordinary string literal.
            var literals = new HashSet<string>(LiteralPattern().Matches(text).Where(m => m.Groups["text"].Success).Select(m => m.Groups["text"].Value), StringComparer.Ordinal);
            var entry = (items, literals);
            _files[file] = entry;
            return entry;
        }
    }

    private string Relative(string file) => Path.GetRelativePath(_sourceDirectory, file);

    [GeneratedRegex(@"\bpub(?:\([a-z]+\))?\s+(?:unsafe\s+)?(?:fn|const|static|struct|enum|type|trait|mod)\s+([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"\bpub\s+use\s+[A-Za-z0-9_:]*?(?:\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))\s*;")]
    private static partial Regex ReexportPattern();

    [GeneratedRegex("r(?<hashes>#*)\"[\\s\\S]*?\"\\k<hashes>|'(?:[^'\\\\]|\\\\.)'|\"(?<text>(?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex LiteralPattern();
}
