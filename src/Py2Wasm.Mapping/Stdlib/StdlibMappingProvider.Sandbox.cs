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
        yield return CollectionsAbc();
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

    private static ModuleAdapter CollectionsAbc()
    {
        const string dispatcher = Modules + "::collections_abc::call";
        var b = Functions("collections.abc", dispatcher);
        var methods = new Dictionary<string, string[]>
        {
            ["Generator"] = new[] { "send", "throw", "close" },
            ["Set"] = new[] { "isdisjoint" },
            ["MutableSet"] = new[] { "add", "discard", "remove", "pop", "clear" },
            ["Mapping"] = new[] { "get", "keys", "items", "values" },
            ["MutableMapping"] = new[] { "pop", "popitem", "clear", "update", "setdefault" },
            ["Sequence"] = new[] { "index", "count" },
            ["MutableSequence"] = new[] { "insert", "append", "clear", "reverse", "extend", "pop", "remove" },
        };
        foreach (var c in new[] { "Hashable", "Awaitable", "AsyncIterable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
                     "Collection", "Callable", "Set", "MutableSet", "Mapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "MutableMapping",
                     "Sequence", "MutableSequence" })
        {
            b.Class(c, RustBinding.Dispatch(dispatcher, c), m => m.Methods(methods.TryGetValue(c, out var ms) ? ms : Array.Empty<string>()));
        }
        return b.WithDescription("runtime: pyrt::modules::collections_abc (isinstance checks as CPython's registrations and __subclasshook__s, mixin methods)").Build();
    }
}
