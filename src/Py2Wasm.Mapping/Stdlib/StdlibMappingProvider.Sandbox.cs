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
        yield return Types();
        yield return Os();
        yield return OsPath();
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

    private static ModuleAdapter Types()
    {
        const string dispatcher = Modules + "::types::call";
        var b = Functions("types", dispatcher);
        foreach (var c in new[] { "SimpleNamespace", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "ModuleType", "NoneType", "FunctionType", "LambdaType",
                     "MethodType", "BuiltinFunctionType", "BuiltinMethodType" })
        {
            b.Class(c, RustBinding.Dispatch(dispatcher, c));
        }
        return b.WithDescription("runtime: pyrt::modules::types (SimpleNamespace; the type objects are the classes type(x) returns)").Build();
    }

    private static readonly string[] PathConstants = { "sep", "curdir", "pardir", "extsep", "pathsep", "defpath", "devnull" };

    private static readonly WasmCompatibility FileSystem =
        WasmCompatibility.NeedsWasi("the file system and environment are the OS's: under WASI only preopened directories and the variables the host passes exist");

    private static ModuleAdapter Os()
    {
        var b = Functions("os", Modules + "::os::call", "getcwd", "getenv", "remove", "unlink", "listdir", "mkdir", "makedirs", "rmdir", "rename", "replace", "walk",
            "stat", "lstat", "fspath", "chmod", "urandom", "_exit");
        foreach (var c in PathConstants.Concat(new[] { "linesep", "name" }))
        {
            b.Constant(c, ModuleValue("os", c));
        }
        b.Attribute("environ", ModuleValue("os", "environ"));
        b.Attribute("path", ModuleValue("os", "path"));
        return b.WithCompatibility(FileSystem).Build();
    }

    private static ModuleAdapter OsPath()
    {
        var b = Functions("os.path", Modules + "::os::path_call", "join", "basename", "dirname", "split", "splitext", "isabs", "normpath", "exists", "isfile", "isdir",
            "getsize", "abspath", "relpath", "commonprefix", "islink", "lexists", "getmtime");
        foreach (var c in PathConstants)
        {
            b.Constant(c, ModuleValue("os.path", c));
        }
        return b.WithCompatibility(FileSystem).Build();
    }
}
