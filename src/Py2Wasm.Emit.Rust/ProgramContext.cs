namespace Py2Wasm.Emit.Rust;

/// <summary>Facts about the whole program a module emitter needs: which modules exist and their Rust paths.</summary>
internal sealed class ProgramContext
{
    public ProgramContext(PythonProgram program, string cratePathPrefix)
    {
        Program = program;
        Prefix = cratePathPrefix;
        ProgramModules = new HashSet<string>(program.Modules.Where(m => !m.IsEntry).Select(m => m.Name), StringComparer.Ordinal);
    }

    public PythonProgram Program { get; }

    /// <summary>Rust path of the program's module tree (<c>crate</c>, or <c>crate::p_name</c> in a batch crate).</summary>
    public string Prefix { get; }

    /// <summary>Importable modules of the program (the entry module runs as <c>__main__</c> and is not importable by name).</summary>
    public HashSet<string> ProgramModules { get; }

    public string ModulePath(string dottedName) => Prefix + "::" + RustNames.Module(dottedName);
}
