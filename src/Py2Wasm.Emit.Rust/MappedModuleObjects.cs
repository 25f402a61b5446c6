using System.Text;
using Py2Wasm.Mapping;

namespace Py2Wasm.Emit.Rust;

/// <summary>
/// The crate module <c>py2wasm_mapped</c>: one function per mapped module the crate imports, returning its module
/// object (the adapter's <see cref="ModuleAdapter.ModuleObject"/> binding), made on first use and then shared, so every
/// <c>import m</c> of a run yields the same object as in CPython, whatever the adapter's binding does.
/// </summary>
internal static class MappedModuleObjects
{
    public const string RustModule = "py2wasm_mapped";

    /// <summary>True when one of <paramref name="adapters"/> has a module object (the crate then needs the module).</summary>
    public static bool Needed(IEnumerable<ModuleAdapter> adapters) => adapters.Any(a => a.ModuleObject.Kind != RustBindingKind.TypeOnly);

    public static string Source(IEnumerable<ModuleAdapter> adapters)
    {
        var sb = new StringBuilder();
        sb.Append("//! Module objects of the mapped modules the program imports (see docs/adding-a-mapping.md). Generated; do not edit.\n");
        sb.Append("#![allow(unused)]\n");
        var withObjects = adapters.Where(a => a.ModuleObject.Kind != RustBindingKind.TypeOnly).OrderBy(a => a.ModuleName, StringComparer.Ordinal).ToList();
        foreach (var a in withObjects)
        {
            var fn = RustNames.Module(a.ModuleName);
            var cell = fn.ToUpperInvariant();
            sb.Append('\n');
            sb.Append("thread_local! { static ").Append(cell).Append(": std::cell::RefCell<Option<pyrt::obj::Obj>> = std::cell::RefCell::new(None); }\n\n");
            sb.Append("/// `import ").Append(a.ModuleName).Append("` (adapter from ").Append(a.Origin.Length == 0 ? "?" : a.Origin).Append(").\n");
            sb.Append("pub fn ").Append(fn).Append("() -> pyrt::obj::Obj {\n");
            sb.Append("    if let Some(m) = ").Append(cell).Append(".with(|c| c.borrow().clone()) { return m; }\n");
            sb.Append("    let m: pyrt::obj::Obj = ").Append(a.ModuleObject.Render(RustCall.None)).Append(";\n");
            sb.Append("    ").Append(cell).Append(".with(|c| *c.borrow_mut() = Some(m.clone()));\n");
            // `import a.b` makes submodule `b` an attribute of `a` (unless the module object already has one).
            foreach (var sub in withObjects.Where(s => s.ModuleName.StartsWith(a.ModuleName + ".", StringComparison.Ordinal) && s.ModuleName.IndexOf('.', a.ModuleName.Length + 1) < 0))
            {
                var attr = RustLiterals.Str(sub.ModuleName.Substring(a.ModuleName.Length + 1));
                sb.Append("    if pyrt::ops::getattr(&m, ").Append(attr).Append(").is_err() { let _ = pyrt::ops::setattr(&m, ").Append(attr).Append(", ").Append(RustNames.Module(sub.ModuleName)).Append("()); }\n");
            }
            sb.Append("    m\n");
            sb.Append("}\n");
        }
        return sb.ToString();
    }
}
