using System.Reflection;

namespace Py2Wasm.Mapping.Stdlib;

/// <summary>
/// Adapters for the standard-library modules the runtime implements (<c>runtime/src/modules</c> and
/// <c>runtime/src/emit</c>). Written against the public API only, exactly as a third party writes a provider: each
/// module has a <c>.pyi</c> stub (embedded from <c>Stdlib/Stubs</c>) and binds every public name to the runtime's
/// name-keyed dispatcher of that module, which is what the emitter's dynamic calls reach today.
/// </summary>
public sealed partial class StdlibMappingProvider : IMappingProvider
{
    private const string Modules = "pyrt::modules";

    /// <inheritdoc/>
    public string Name => "stdlib";

    /// <inheritdoc/>
    public IEnumerable<ModuleAdapter> GetAdapters()
    {
        yield return Math();
        yield return Cmath();
        yield return Random();
        yield return Functions("heapq", Modules + "::heapq::call", "heappush", "heappop", "heapreplace", "heappushpop", "heapify", "nlargest", "nsmallest", "merge").Build();
        yield return Bisect();
        yield return Itertools();
        yield return Functools();
        yield return Operator();
        yield return Functions("copy", Modules + "::functools::copy", "copy", "deepcopy").Build();
        yield return String();
        yield return Time();
        yield return Statistics();
        yield return Sys();
        yield return Json();
        yield return Functions("textwrap", Modules + "::textwrap::call", "wrap", "fill", "dedent", "indent", "shorten").Build();
        yield return Collections();
        yield return Re();
        yield return Typing();
        yield return Dataclasses();
        yield return Abc();
        // The Rust half of contextlib (Stdlib/Python/contextlib.py imports it and adds ExitStack, redirect_stdout, ...).
        yield return ModuleAdapter.Create("_contextlib").WithStub(Stub("_contextlib")).AsPartOf("contextlib")
            .WithModuleObject(RustBinding.FromTemplate(ImportTemplate("_contextlib")))
            .WithDescription("runtime: " + Modules + "::contextlib::call (used by Stdlib/Python/contextlib.py)")
            .Function("contextmanager", RustBinding.Dispatch(Modules + "::contextlib::call", "contextmanager"))
            .Class("suppress", RustBinding.Dispatch(Modules + "::contextlib::call", "suppress"))
            .Class("nullcontext", RustBinding.Dispatch(Modules + "::contextlib::call", "nullcontext")).Build();
        var inspectHalf = ModuleAdapter.Create("_inspect").WithStub(Stub("_inspect")).AsPartOf("inspect")
            .WithModuleObject(RustBinding.FromTemplate(ImportTemplate("_inspect")))
            .WithDescription("runtime: " + Modules + "::inspect::call (used by Stdlib/Python/inspect.py)");
        foreach (var n in new[] { "getfullargspec", "isfunction", "ismethod", "isbuiltin", "ismodule", "isgeneratorfunction", "iscoroutinefunction", "isasyncgenfunction" })
        {
            inspectHalf.Function(n, RustBinding.Dispatch(Modules + "::inspect::call", n));
        }
        yield return inspectHalf.Build();
        // The Rust half of weakref (Stdlib/Python/weakref.py imports it and adds the containers and finalize).
        yield return ModuleAdapter.Create("_weakref").WithStub(Stub("_weakref")).AsPartOf("weakref")
            .WithModuleObject(RustBinding.FromTemplate(ImportTemplate("_weakref")))
            .WithDescription("runtime: " + Modules + "::weakref (std::rc::Weak references; used by Stdlib/Python/weakref.py)")
            .Class("ReferenceType", ModuleClass("_weakref", "ReferenceType"))
            .Constant("ref", ModuleValue("_weakref", "ref"))
            .Function("getweakrefcount", RustBinding.Dispatch(Modules + "::weakref::call", "getweakrefcount"))
            .Function("getweakrefs", RustBinding.Dispatch(Modules + "::weakref::call", "getweakrefs")).Build();
        yield return Functions("atexit", Modules + "::atexit::call", "register", "unregister")
            .WithDescription("runtime: " + Modules + "::atexit (the functions run when the main module ends, newest first)").Build();
        yield return ModuleAdapter.Create("_traceback").WithStub(Stub("_traceback")).AsPartOf("traceback")
            .WithModuleObject(RustBinding.FromTemplate(ImportTemplate("_traceback")))
            .WithDescription("runtime: " + Modules + "::traceback::call (used by Stdlib/Python/traceback.py and logging.py)")
            .Function("print_exception", RustBinding.Dispatch(Modules + "::traceback::call", "print_exception")).Build();
        // The thread primitive under threading (Stdlib/Python/threading.py); a program may import it too, as in CPython.
        yield return Functions("_thread", Modules + "::thread::call", "start_new_thread", "get_ident", "get_native_id")
            .WithDescription("runtime: " + Modules + "::thread (a new thread runs to completion inside start_new_thread; used by Stdlib/Python/threading.py)")
            .Constant("error", ModuleValue("_thread", "error"))
            .Constant("TIMEOUT_MAX", ModuleValue("_thread", "TIMEOUT_MAX"))
            .WithCompatibility(new WasmCompatibility(WasmSupport.Full, ThreadsNote)).Build();
        yield return Enum();
        yield return Asyncio();
        foreach (var a in SandboxModules()) yield return a;
        foreach (var a in CodecModules()) yield return a;
        yield return Fractions();
        yield return Datetime();
        foreach (var a in PythonModules()) yield return a;
    }

    private static ModuleAdapter Asyncio()
    {
        const string dispatcher = Modules + "::asyncio::call";
        var b = Functions("asyncio", dispatcher, "run", "sleep", "gather", "create_task", "ensure_future", "wait", "wait_for", "current_task",
            "all_tasks", "get_event_loop", "get_running_loop", "iscoroutine");
        b.Class("Future", RustBinding.Dispatch(dispatcher, "Future"), m => m.Methods("done", "cancelled", "result", "exception", "cancel", "set_result",
            "set_exception", "add_done_callback", "remove_done_callback"));
        b.Class("Task", RustBinding.TypeOnly, m => m.Methods("done", "cancelled", "result", "exception", "cancel", "get_name", "set_name", "get_coro",
            "cancelling", "uncancel"));
        b.Class("Lock", RustBinding.Dispatch(dispatcher, "Lock"), m => m.Methods("acquire", "release", "locked"));
        b.Class("Event", RustBinding.Dispatch(dispatcher, "Event"), m => m.Methods("is_set", "set", "clear", "wait"));
        foreach (var c in new[] { "Semaphore", "BoundedSemaphore" })
        {
            b.Class(c, RustBinding.Dispatch(dispatcher, c), m => m.Methods("acquire", "release", "locked"));
        }
        b.Class("Condition", RustBinding.Dispatch(dispatcher, "Condition"), m => m.Methods("acquire", "release", "locked", "wait", "wait_for", "notify", "notify_all"));
        foreach (var c in new[] { "Queue", "PriorityQueue", "LifoQueue" })
        {
            b.Class(c, RustBinding.Dispatch(dispatcher, c), m => m.Methods("qsize", "empty", "full", "put", "put_nowait", "get", "get_nowait", "task_done", "join"));
        }
        foreach (var a in new[] { "CancelledError", "InvalidStateError", "QueueEmpty", "QueueFull", "TimeoutError", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED" })
        {
            b.Attribute(a, ModuleValue("asyncio", a));
        }
        return b.WithCompatibility(new WasmCompatibility(WasmSupport.Full, "virtual time: sleeps never wait, only the order of events is kept")).Build();
    }

    /// <summary>The embedded stub <c>Stubs/NAME.pyi</c>.</summary>
    private static string Stub(string module)
    {
        using var stream = typeof(StdlibMappingProvider).Assembly.GetManifestResourceStream("Py2Wasm.Mapping.Stdlib.Stubs." + module + ".pyi")
            ?? throw new InvalidOperationException("missing stub for " + module);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The modules with a builder in the runtime (<c>pyrt::modules::import_math</c> for <c>math</c>, ...).</summary>
    private static readonly HashSet<string> RuntimeBuilders = new(StringComparer.Ordinal)
    {
        "math", "cmath", "random", "heapq", "bisect", "itertools", "functools", "operator", "copy", "_string", "time", "sys", "json",
        "textwrap", "collections", "abc", "_contextlib", "_inspect", "_traceback", "enum", "fractions", "statistics", "datetime", "asyncio", "io", "types", "os",
        "os.path", "collections.abc", "hashlib", "_weakref", "_thread", "atexit", "base64", "binascii", "zlib", "re", "struct", "unicodedata",
    };

    /// <summary>
    /// The Rust expression of <paramref name="module"/>'s runtime module object. It names the module's builder, so that
    /// a program links only the runtime modules it imports (a by-name import would link all of them).
    /// </summary>
    internal static string ImportTemplate(string module) => RuntimeBuilders.Contains(module)
        ? "pyrt::emit::stdlib::import_with(\"" + module + "\", pyrt::modules::import_" + module.TrimStart('_').Replace('.', '_') + ")"
        : "pyrt::emit::stdlib::import(\"" + module + "\")";

    /// <summary>An adapter whose module object is the runtime's (<see cref="ImportTemplate"/>) and whose functions go through <paramref name="dispatcher"/>.</summary>
    private static ModuleAdapterBuilder Functions(string module, string dispatcher, params string[] functions)
    {
        var b = ModuleAdapter.Create(module)
            .WithStub(Stub(module))
            .WithModuleObject(RustBinding.FromTemplate(ImportTemplate(module)))
            .WithDescription("runtime: " + dispatcher);
        foreach (var f in functions)
        {
            b.Function(f, RustBinding.Dispatch(dispatcher, f));
        }
        return b;
    }

    /// <summary>
    /// A value read from the runtime's module object: what <c>module.name</c> evaluates to in dynamic code. Used for
    /// objects (strings, tuples, lists, classes) so that every read yields the same object, as in CPython.
    /// </summary>
    private static RustBinding ModuleValue(string module, string name) =>
        RustBinding.FromTemplate("pyrt::ops::getattr(&" + ImportTemplate(module) + ", \"" + name + "\").unwrap()");

    /// <summary>A class that is an attribute of the runtime's module object (an exception class): constructed by calling it.</summary>
    private static RustBinding ModuleClass(string module, string name) =>
        RustBinding.FromTemplate("pyrt::ops::call(&" + ModuleValue(module, name).Template + ", {args}, {kwargs})");

    private static ModuleAdapter Math()
    {
        var b = Functions("math", Modules + "::math::call",
            "sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
            "log", "log2", "log10", "log1p", "pow", "hypot", "dist", "degrees", "radians", "fmod", "remainder", "copysign", "isfinite", "isinf", "isnan",
            "isclose", "ceil", "floor", "trunc", "modf", "frexp", "ldexp", "factorial", "comb", "perm", "isqrt", "gcd", "lcm", "fsum", "prod", "nextafter",
            "ulp", "cbrt", "fabs", "erf", "erfc", "gamma", "lgamma");
        b.Constant("pi", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::math::PI)"));
        b.Constant("e", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::math::E)"));
        b.Constant("tau", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::math::TAU)"));
        b.Constant("inf", RustBinding.FromTemplate("pyrt::obj::Obj::Float(f64::INFINITY)"));
        b.Constant("nan", RustBinding.FromTemplate("pyrt::obj::Obj::Float(f64::NAN)"));
        return b.Build();
    }

    private static ModuleAdapter Cmath()
    {
        var b = Functions("cmath", Modules + "::cmath::call",
            "sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh",
            "phase", "polar", "rect", "isfinite", "isinf", "isnan", "isclose");
        b.Constant("pi", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::math::PI)"));
        b.Constant("e", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::math::E)"));
        b.Constant("tau", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::math::TAU)"));
        b.Constant("inf", RustBinding.FromTemplate("pyrt::obj::Obj::Float(f64::INFINITY)"));
        b.Constant("nan", RustBinding.FromTemplate("pyrt::obj::Obj::Float(f64::NAN)"));
        b.Constant("infj", RustBinding.FromTemplate("pyrt::obj::Obj::complex(0.0, f64::INFINITY)"));
        b.Constant("nanj", RustBinding.FromTemplate("pyrt::obj::Obj::complex(0.0, f64::NAN)"));
        return b.Build();
    }

    private static ModuleAdapter Random() =>
        Functions("random", Modules + "::random::call",
                "seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle", "sample", "uniform", "gauss", "expovariate", "choices",
                "triangular", "normalvariate", "lognormvariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate", "randbytes", "getstate", "setstate")
            // Instances carry every module function as a method bound to their own generator (random::new_instance).
            .Class("Random", RustBinding.Dispatch(Modules + "::random::call", "Random"), m => m.Methods(
                "seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle", "sample", "uniform", "gauss", "expovariate", "choices",
                "triangular", "normalvariate", "lognormvariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate", "randbytes", "getstate", "setstate"))
            .Constant("NV_MAGICCONST", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::random::CONSTANTS[0].1)"))
            .Constant("TWOPI", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::random::CONSTANTS[1].1)"))
            .Constant("LOG4", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::random::CONSTANTS[2].1)"))
            .Constant("SG_MAGICCONST", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::random::CONSTANTS[3].1)"))
            .Constant("RECIP_BPF", RustBinding.FromTemplate("pyrt::obj::Obj::Float(pyrt::modules::random::CONSTANTS[4].1)"))
            .Constant("BPF", RustBinding.FromTemplate("pyrt::obj::Obj::Int(pyrt::modules::random::BPF)"))
            .WithCompatibility(WasmCompatibility.NeedsWasi(
                "an unseeded generator seeds itself from the system clock, which wasm32-unknown-unknown lacks; seeded sequences are CPython's on every target"))
            .Build();

    private static ModuleAdapter Bisect()
    {
        const string dispatcher = Modules + "::heapq::bisect_call";
        var b = Functions("bisect", dispatcher, "bisect", "bisect_right", "insort", "insort_right");
        // bisect_call takes every name that is not a right variant as a left one, so these keys have no case of their own.
        b.Function("bisect_left", RustBinding.FromTemplate(dispatcher + "(\"bisect_left\", {args}, {kwargs})"));
        b.Function("insort_left", RustBinding.FromTemplate(dispatcher + "(\"insort_left\", {args}, {kwargs})"));
        return b.Build();
    }

    private static ModuleAdapter Itertools()
    {
        const string dispatcher = Modules + "::itertools::call";
        var b = Functions("itertools", dispatcher, "tee");
        foreach (var c in new[] { "count", "cycle", "repeat", "accumulate", "compress", "dropwhile", "takewhile", "filterfalse", "groupby", "islice",
                     "pairwise", "starmap", "zip_longest", "product", "permutations", "combinations", "combinations_with_replacement" })
        {
            b.Class(c, RustBinding.Dispatch(dispatcher, c));
        }
        b.Class("chain", RustBinding.Dispatch(dispatcher, "chain"), m => m.Method("from_iterable", RustBinding.Dispatch(dispatcher, "chain.from_iterable")));
        return b.Build();
    }

    private static ModuleAdapter Functools()
    {
        const string dispatcher = Modules + "::functools::functools";
        return Functions("functools", dispatcher, "reduce", "lru_cache", "cache", "cmp_to_key", "wraps", "update_wrapper", "total_ordering", "singledispatch")
            .Class("partial", RustBinding.Dispatch(dispatcher, "partial"))
            .Class("cached_property", RustBinding.Dispatch(dispatcher, "cached_property"))
            .Build();
    }

    private static ModuleAdapter Operator()
    {
        const string dispatcher = Modules + "::functools::operator";
        var b = Functions("operator", dispatcher,
            "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "neg", "pos", "abs", "and_", "or_", "xor", "lshift", "rshift", "invert",
            "inv", "not_", "truth", "eq", "ne", "lt", "le", "gt", "ge", "concat", "contains", "getitem", "index", "is_", "is_not",
            "call", "countOf", "delitem", "setitem", "indexOf", "length_hint", "matmul", "iconcat", "iadd", "isub", "imul", "itruediv", "ifloordiv",
            "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "imatmul");
        foreach (var c in new[] { "itemgetter", "attrgetter", "methodcaller" })
        {
            b.Class(c, RustBinding.Dispatch(dispatcher, c));
        }
        return b.Build();
    }

    private static ModuleAdapter Time()
    {
        var b = Functions("time", Modules + "::time::call", "time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "process_time",
            "process_time_ns", "sleep", "gmtime", "localtime", "mktime", "asctime", "ctime", "strftime", "strptime");
        b.Class("struct_time", ModuleClass("time", "struct_time"), m =>
        {
            foreach (var a in new[] { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff",
                         "n_fields", "n_sequence_fields", "n_unnamed_fields" })
            {
                m.Attribute(a);
            }
        });
        foreach (var c in new[] { "timezone", "altzone", "daylight", "tzname" })
        {
            b.Constant(c, ModuleValue("time", c));
        }
        return b.WithCompatibility(WasmCompatibility.NeedsWasi(
                "the clocks and sleep use the OS (WASI clock_time_get); wasm32-unknown-unknown has none. Local time is UTC only: elsewhere localtime/mktime/ctime raise NotImplementedError"))
            .Build();
    }

    private static ModuleAdapter Statistics()
    {
        const string dispatcher = Modules + "::statistics::call";
        var b = Functions("statistics", dispatcher, "mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high",
            "median_grouped", "mode", "multimode", "quantiles", "variance", "pvariance", "stdev", "pstdev", "covariance", "correlation", "linear_regression");
        b.Class("StatisticsError", ModuleClass("statistics", "StatisticsError"));
        // Instances come from linear_regression; the class is not importable as a value here.
        b.Class("LinearRegression", RustBinding.TypeOnly, m => m.Attribute("slope").Attribute("intercept"));
        return b.Build();
    }

    /// <summary>The Rust half of <c>string</c> (Stdlib/Python/string.py imports it and adds Formatter).</summary>
    private static ModuleAdapter String()
    {
        const string dispatcher = Modules + "::string::call";
        var b = ModuleAdapter.Create("_string").WithStub(Stub("_string")).AsPartOf("string")
            .WithModuleObject(RustBinding.FromTemplate(ImportTemplate("_string")))
            .WithDescription("runtime: " + dispatcher + " (used by Stdlib/Python/string.py)")
            .Function("capwords", RustBinding.Dispatch(dispatcher, "capwords"));
        b.Class("Template", RustBinding.Dispatch(dispatcher, "Template"), m => m
            .Methods("substitute", "safe_substitute", "get_identifiers", "is_valid")
            .Attribute("delimiter").Attribute("idpattern").Attribute("braceidpattern").Attribute("template"));
        foreach (var c in new[] { "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable" })
        {
            b.Constant(c, ModuleValue("_string", c));
        }
        return b.Build();
    }

    private static ModuleAdapter Sys()
    {
        var b = Functions("sys", Modules + "::functools::sys", "exit", "getrecursionlimit", "setrecursionlimit", "exc_info", "exception")
            .WithCompatibility(new WasmCompatibility(WasmSupport.Full, "on the web target argv is empty and stdout/stderr go to the host's console"));
        foreach (var a in new[] { "argv", "stdin", "stdout", "stderr" })
        {
            b.Attribute(a, ModuleValue("sys", a));
        }
        foreach (var c in new[] { "maxsize", "version", "platform", "byteorder" })
        {
            b.Constant(c, ModuleValue("sys", c));
        }
        // Struct sequences (classes private to the stub): one object each, read from the module object.
        foreach (var c in new[] { "version_info", "float_info", "int_info" })
        {
            b.Constant(c, ModuleValue("sys", c));
        }
        return b.Build();
    }

    private static ModuleAdapter Json() =>
        ModuleAdapter.Create("json")
            .WithStub(Stub("json"))
            .WithModuleObject(RustBinding.FromTemplate(ImportTemplate("json")))
            .WithDescription("runtime: pyrt::modules::json")
            .Function("dumps", RustBinding.FromTemplate("pyrt::modules::json_call(\"dumps\", {args}, {kwargs})"))
            .Function("loads", RustBinding.FromTemplate("pyrt::modules::json_call(\"loads\", {args}, {kwargs})"))
            .Function("dump", RustBinding.FromTemplate("pyrt::modules::json_call(\"dump\", {args}, {kwargs})"))
            .Function("load", RustBinding.FromTemplate("pyrt::modules::json_call(\"load\", {args}, {kwargs})"))
            // loads supports object_hook and rejects the other hooks (NotImplementedError), so decode errors are CPython's.
            .Class("JSONDecodeError", ModuleClass("json", "JSONDecodeError"), m => m.Attribute("msg").Attribute("doc").Attribute("pos").Attribute("lineno").Attribute("colno"))
            .Build();

    private static ModuleAdapter Collections()
    {
        const string dispatcher = Modules + "::collections::call";
        return Functions("collections", dispatcher, "namedtuple")
            .Class("Counter", RustBinding.Dispatch(dispatcher, "Counter"), m => m.Methods("most_common", "elements", "total", "update", "subtract"))
            .Class("defaultdict", RustBinding.Dispatch(dispatcher, "defaultdict"), m => m.Attribute("default_factory"))
            .Class("OrderedDict", RustBinding.Dispatch(dispatcher, "OrderedDict"), m => m.Methods("move_to_end", "popitem"))
            .Class("deque", RustBinding.Dispatch(dispatcher, "deque"), m => m
                .Methods("append", "appendleft", "clear", "copy", "count", "extend", "extendleft", "index", "insert", "pop", "popleft", "remove", "reverse", "rotate")
                .Attribute("maxlen"))
            .Class("ChainMap", RustBinding.Dispatch(dispatcher, "ChainMap"))
            .Build();
    }

    private static ModuleAdapter Re()
    {
        var b = Functions("re", Modules + "::re::call",
            "compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split", "escape", "purge");
        // The flags are members of re.RegexFlag (an IntFlag printed as re.NAME).
        foreach (var name in new[] { "A", "ASCII", "DEBUG", "DOTALL", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "NOFLAG", "S", "T", "TEMPLATE",
                     "U", "UNICODE", "VERBOSE", "X" })
        {
            b.Constant(name, RustBinding.FromTemplate("pyrt::modules::re::flag(\"" + name + "\").unwrap()"));
        }
        b.Class("RegexFlag", RustBinding.FromTemplate("pyrt::ops::call(&pyrt::modules::re::flag(\"RegexFlag\").unwrap(), {args}, {kwargs})"));
        b.Class("error", ModuleClass("re", "error"));
        // Match and Pattern objects come from compile/match/search; the classes are not importable values yet.
        b.Class("Match", RustBinding.TypeOnly, m => m.Methods("group", "groups", "groupdict", "start", "end", "span").Attribute("pos").Attribute("endpos").Attribute("string").Attribute("re").Attribute("lastindex").Attribute("lastgroup"));
        b.Class("Pattern", RustBinding.TypeOnly, m => m.Methods("match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split").Attribute("pattern").Attribute("flags").Attribute("groups").Attribute("groupindex"));
        return b.Build();
    }

    private static RustBinding TypingValue(string name) => RustBinding.FromTemplate("pyrt::modules::typing::attr(\"" + name + "\").unwrap()");

    private static ModuleAdapter Abc() =>
        Functions("abc", Modules + "::abc::call", "abstractmethod")
            .Class("ABC", RustBinding.FromTemplate("pyrt::ops::call(&pyrt::modules::abc::attr(\"ABC\").unwrap(), {args}, {kwargs})"))
            .Class("ABCMeta", RustBinding.FromTemplate("pyrt::ops::call(&pyrt::modules::abc::attr(\"ABCMeta\").unwrap(), {args}, {kwargs})"))
            .WithDescription("runtime: pyrt::modules::abc (abstract methods checked at instantiation, as ABCMeta does)")
            .Build();

    private static ModuleAdapter Enum()
    {
        static RustBinding Value(string name) => RustBinding.FromTemplate("pyrt::modules::enums::attr(\"" + name + "\").unwrap()");
        static RustBinding Call(string name) => RustBinding.FromTemplate("pyrt::ops::call(&pyrt::modules::enums::attr(\"" + name + "\").unwrap(), {args}, {kwargs})");
        var b = ModuleAdapter.Create("enum")
            .WithStub(Stub("enum"))
            .WithModuleObject(RustBinding.FromTemplate(ImportTemplate("enum")))
            .WithDescription("runtime: pyrt::modules::enums (EnumType as the classes' metaclass)");
        b.Class("Enum", Call("Enum"), m => m.Attribute("name").Attribute("value"));
        foreach (var c in new[] { "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag", "EnumType", "auto" })
        {
            b.Class(c, Call(c));
        }
        b.Constant("EnumMeta", Value("EnumMeta"));
        b.Function("unique", Call("unique"));
        return b.Build();
    }

    private static ModuleAdapter Typing()
    {
        var b = ModuleAdapter.Create("typing")
            .WithStub(Stub("typing"))
            .WithModuleObject(RustBinding.TypeOnly)
            .WithDescription("runtime: pyrt::modules::typing (special forms and aliases as values; compiled code does not evaluate annotations)");
        // Annotation-only: the protocol classes of typing and the asynchronous ABCs.
        foreach (var name in new[] { "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "SupportsInt", "SupportsFloat", "SupportsAbs",
                     "SupportsIndex", "SupportsBytes", "SupportsComplex", "SupportsRound", "ContextManager", "AsyncContextManager", "IO", "TextIO", "BinaryIO",
                     "Pattern", "Match", "ChainMap", "ByteString", "MappingView" })
        {
            b.Constant(name, RustBinding.TypeOnly);
        }
        // Run-time values (typing has no module object here: `from typing import TypeVar` binds the value, calls go through it):
        // special forms, generic aliases (subscriptable, with CPython's reprs), Generic/Protocol/TypedDict bases and the helpers.
        foreach (var c in new[] { "Any", "List", "Dict", "Set", "FrozenSet", "Tuple", "Optional", "Union", "Callable", "Iterable", "Iterator", "Generator",
                     "Sequence", "Mapping", "MutableMapping", "MutableSequence", "Type", "Deque", "DefaultDict", "Counter", "ClassVar", "Final",
                     "Literal", "NoReturn", "Hashable", "Sized", "Collection", "Container", "Reversible", "AbstractSet", "TypeAlias", "Text", "Self", "Never",
                     "KeysView", "ValuesView", "ItemsView", "Generic", "Protocol", "TypeVar", "cast", "NewType", "TypedDict", "get_origin", "get_args", "get_type_hints",
                     "runtime_checkable", "MutableSet", "OrderedDict", "AnyStr", "ParamSpec", "Annotated", "overload", "final", "no_type_check", "assert_never",
                     "assert_type", "reveal_type", "TypeGuard", "Required", "NotRequired", "Unpack", "LiteralString", "Concatenate" })
        {
            b.Constant(c, TypingValue(c));
        }
        b.Constant("TYPE_CHECKING", RustBinding.FromTemplate("pyrt::obj::Obj::Bool(false)"));
        // A base class at run time (`class P(NamedTuple)`), not only an annotation.
        b.Constant("NamedTuple", RustBinding.FromTemplate("pyrt::modules::namedtuple::typing_namedtuple()"));
        return b.Build();
    }

    /// <summary>
    /// <c>dataclasses</c>: <c>@dataclass</c> is compiled by the emitter (it reads the class body's annotated fields), so
    /// it has no run-time binding; the helpers are the runtime's (<c>pyrt::emit::dataclasses_attr</c>). There is no
    /// module object: <c>import dataclasses</c> is rejected, <c>from dataclasses import ...</c> compiles.
    /// </summary>
    private static ModuleAdapter Dataclasses()
    {
        static RustBinding Helper(string name) => RustBinding.FromTemplate("pyrt::emit::dataclasses_attr(\"" + name + "\").unwrap()");
        var b = ModuleAdapter.Create("dataclasses")
            .WithStub(Stub("dataclasses"))
            .WithModuleObject(RustBinding.TypeOnly)
            .WithDescription("runtime: pyrt::emit::dataclass; @dataclass is compiled by the emitter")
            .Function("dataclass", RustBinding.TypeOnly);
        foreach (var f in new[] { "field", "asdict", "astuple", "replace", "fields", "is_dataclass" })
        {
            b.Function(f, RustBinding.FromTemplate("pyrt::ops::call(&" + Helper(f).Template + ", {args}, {kwargs})"));
        }
        b.Class("FrozenInstanceError", RustBinding.FromTemplate("pyrt::ops::call(&" + Helper("FrozenInstanceError").Template + ", {args}, {kwargs})"));
        b.Constant("KW_ONLY", Helper("KW_ONLY"));
        b.Constant("InitVar", Helper("InitVar"));
        return b.Build();
    }
}
