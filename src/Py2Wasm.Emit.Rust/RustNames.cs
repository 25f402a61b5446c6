using System.Globalization;
using System.Text;

namespace Py2Wasm.Emit.Rust;

/// <summary>
/// Turns Python identifiers into Rust identifiers. Python identifiers may be any Unicode XID
/// identifier (NFKC-normalised); Rust accepts the same set, but to keep the crate plain ASCII
/// (and identical across toolchains) non-ASCII characters are spelled <c>_uXXXX_</c>. Every
/// generated name carries a prefix by kind (<c>v_</c> local, <c>c_</c> cell, <c>G_</c> global
/// slot), so Python names can never collide with Rust keywords or the emitter's own helpers.
/// </summary>
internal static class RustNames
{
    /// <summary>Rust's strict and reserved keywords (2021 edition).</summary>
    public static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in",
        "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super",
        "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract", "become", "box",
        "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "union",
    };

    /// <summary>An ASCII spelling of a Python identifier (no prefix).</summary>
    public static string Mangle(string pythonName)
    {
        var sb = new StringBuilder(pythonName.Length);
        foreach (var rune in pythonName.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == '_'))
            {
                sb.Append((char)rune.Value);
            }
            else
            {
                sb.Append("_u").Append(rune.Value.ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
        }
        return sb.ToString();
    }

    /// <summary>A Rust module name for a Python module name (<c>pkg.mod</c> → <c>m_pkg__mod</c>).</summary>
    public static string Module(string dottedName) => "m_" + Mangle(dottedName.Replace(".", "__", StringComparison.Ordinal));

    /// <summary>A bare identifier usable as a Rust item name: raw identifier for keywords.</summary>
    public static string Escape(string name) =>
        name is "self" or "Self" or "super" or "crate" ? name + "_" : Keywords.Contains(name) ? "r#" + name : name;
}

/// <summary>Hands out unique Rust names within one scope: a second request for the same base gets a numeric suffix.</summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    public string Unique(string baseName)
    {
        if (_used.TryGetValue(baseName, out var n))
        {
            string candidate;
            do
            {
                n++;
                candidate = baseName + "_" + n.ToString(CultureInfo.InvariantCulture);
            }
            while (_used.ContainsKey(candidate));
            _used[baseName] = n;
            _used[candidate] = 0;
            return candidate;
        }
        _used[baseName] = 0;
        return baseName;
    }
}
