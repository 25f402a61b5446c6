namespace Py2Wasm.Mapping.Stdlib;

/// <summary>
/// Modules that ordinary test programs and benchmarks import for small conveniences (in-memory streams, the
/// collection ABCs, <c>types</c>, <c>statistics</c>, the sandbox-safe part of <c>os</c>), each implemented in
/// <c>runtime/src/modules/NAME.rs</c>.
/// </summary>
public sealed partial class StdlibMappingProvider
{
    private static IEnumerable<ModuleAdapter> SandboxModules()
    {
        yield return Io();
    }

    private static readonly string[] StreamMethods = { "write", "writelines", "read", "readline", "readlines", "getvalue" };

    private static ModuleAdapter Io()
    {
        const string dispatcher = Modules + "::io::call";
        var b = Functions("io", dispatcher);
        foreach (var c in new[] { "StringIO", "BytesIO" })
        {
            b.Class(c, RustBinding.Dispatch(dispatcher, c), m => m.Methods(StreamMethods));
        }
        // The common base of the stub's streams, for annotations: the runtime's classes have no base class object.
        b.Class("IOBase", RustBinding.TypeOnly, m => m.Methods("seek", "tell", "truncate", "close", "flush", "readable", "writable", "seekable", "isatty").Attribute("closed"));
        foreach (var c in new[] { "SEEK_SET", "SEEK_CUR", "SEEK_END" })
        {
            b.Constant(c, RustBinding.FromTemplate("pyrt::modules::io::attr(\"" + c + "\").unwrap()"));
        }
        return b.WithDescription("runtime: pyrt::modules::io (StringIO and BytesIO as CPython's _io)").Build();
    }
}
