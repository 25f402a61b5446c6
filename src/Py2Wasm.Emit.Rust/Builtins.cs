namespace Py2Wasm.Emit.Rust;

/// <summary>What the emitter knows about Python's built-in names and the standard-library modules the runtime provides.</summary>
internal static class KnownNames
{
    /// <summary>Built-in functions and types the runtime implements (callable through <c>builtins::call_builtin</c> or as values).</summary>
    public static readonly HashSet<string> SupportedBuiltins = new(StringComparer.Ordinal)
    {
        "print", "len", "repr", "ascii", "abs", "all", "any", "bin", "oct", "hex", "chr", "ord", "divmod", "pow", "round", "sum",
        "max", "min", "sorted", "reversed", "enumerate", "zip", "map", "filter", "next", "iter", "getattr", "setattr", "hasattr",
        "delattr", "isinstance", "issubclass", "hash", "id", "callable", "format", "input",
        "object", "int", "float", "complex", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "bytes", "bytearray",
        "range", "slice", "type", "staticmethod", "classmethod", "property", "super", "NotImplemented", "exit", "quit",
    };

    /// <summary>Built-in exception classes the runtime defines.</summary>
    public static readonly HashSet<string> Exceptions = new(StringComparer.Ordinal)
    {
        "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration", "StopAsyncIteration",
        "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError",
        "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError", "MemoryError",
        "NameError", "UnboundLocalError", "OSError", "FileNotFoundError", "FileExistsError", "PermissionError", "IsADirectoryError",
        "NotADirectoryError", "TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError",
        "SyntaxError", "IndentationError", "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
        "UnicodeEncodeError", "Warning", "DeprecationWarning", "RuntimeWarning", "UserWarning", "ConnectionError", "BrokenPipeError",
        "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
    };

    /// <summary>Built-ins that run or inspect code at run time: never compilable ahead of time.</summary>
    public static readonly HashSet<string> DynamicCode = new(StringComparer.Ordinal)
    {
        "eval", "exec", "compile", "globals", "locals", "vars", "__import__", "breakpoint",
    };

    /// <summary>Every other name CPython's builtins module has (not provided by the runtime yet).</summary>
    public static readonly HashSet<string> OtherBuiltins = new(StringComparer.Ordinal)
    {
        "open", "dir", "memoryview", "help", "aiter", "anext", "copyright", "credits", "license", "Ellipsis", "__build_class__",
        "__debug__", "__doc__", "__loader__", "__spec__", "__package__", "BaseExceptionGroup", "ExceptionGroup", "BlockingIOError",
        "ChildProcessError", "EnvironmentError", "IOError", "InterruptedError", "ProcessLookupError", "TabError",
        "UnicodeTranslateError", "BytesWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning",
        "ResourceWarning", "SyntaxWarning", "UnicodeWarning",
    };

    public static bool IsBuiltin(string name) => SupportedBuiltins.Contains(name) || Exceptions.Contains(name);

    /// <summary>Standard-library modules provided by the runtime (<c>pyrt::modules::import</c>: its EXPORTS table plus constants), with their attributes.</summary>
    public static readonly Dictionary<string, HashSet<string>> StdlibModules = new(StringComparer.Ordinal)
    {
        ["math"] = new(StringComparer.Ordinal) { "sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "log", "log2", "log10", "log1p", "pow", "hypot", "dist", "degrees", "radians", "fmod", "remainder", "copysign", "isfinite", "isinf", "isnan", "isclose", "ceil", "floor", "trunc", "modf", "frexp", "ldexp", "factorial", "comb", "perm", "isqrt", "gcd", "lcm", "fsum", "prod", "nextafter", "ulp", "cbrt", "fabs", "erf", "erfc", "gamma", "lgamma", "pi", "e", "tau", "inf", "nan" },
        ["random"] = new(StringComparer.Ordinal) { "seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle", "sample", "uniform", "gauss", "expovariate", "choices", "triangular", "normalvariate", "lognormvariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate", "randbytes", "Random" },
        ["heapq"] = new(StringComparer.Ordinal) { "heappush", "heappop", "heapreplace", "heappushpop", "heapify", "nlargest", "nsmallest", "merge" },
        ["bisect"] = new(StringComparer.Ordinal) { "bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right" },
        ["itertools"] = new(StringComparer.Ordinal) { "count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "takewhile", "filterfalse", "groupby", "islice", "pairwise", "starmap", "tee", "zip_longest", "product", "permutations", "combinations", "combinations_with_replacement" },
        ["functools"] = new(StringComparer.Ordinal) { "reduce", "partial", "lru_cache", "cache", "cmp_to_key", "wraps", "total_ordering" },
        ["operator"] = new(StringComparer.Ordinal) { "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "neg", "pos", "abs", "and_", "or_", "xor", "lshift", "rshift", "invert", "inv", "not_", "truth", "eq", "ne", "lt", "le", "gt", "ge", "concat", "contains", "getitem", "index", "is_", "is_not", "itemgetter", "attrgetter", "methodcaller", "call", "countOf", "delitem", "setitem", "indexOf", "length_hint", "matmul", "iconcat", "iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "imatmul" },
        ["copy"] = new(StringComparer.Ordinal) { "copy", "deepcopy" },
        ["string"] = new(StringComparer.Ordinal) { "capwords", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable" },
        ["time"] = new(StringComparer.Ordinal) { "time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "process_time", "sleep" },
        ["sys"] = new(StringComparer.Ordinal) { "exit", "getrecursionlimit", "setrecursionlimit", "argv", "maxsize", "version_info", "version", "platform", "byteorder", "stdout", "stderr", "stdin" },
        ["json"] = new(StringComparer.Ordinal) { "dumps", "loads" },
        ["textwrap"] = new(StringComparer.Ordinal) { "wrap", "fill", "dedent", "indent", "shorten" },
        ["collections"] = new(StringComparer.Ordinal) { "Counter", "defaultdict", "deque", "OrderedDict", "namedtuple", "ChainMap" },
        ["abc"] = new(StringComparer.Ordinal) { "ABC", "ABCMeta", "abstractmethod" },
        ["contextlib"] = new(StringComparer.Ordinal) { "contextmanager", "suppress", "nullcontext" },
        ["enum"] = new(StringComparer.Ordinal) { "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "EnumType", "EnumMeta", "auto", "unique" },
        ["asyncio"] = new(StringComparer.Ordinal) { "run", "sleep", "gather", "create_task", "ensure_future", "wait", "wait_for", "current_task", "all_tasks", "get_event_loop", "get_running_loop", "iscoroutine", "Lock", "Event", "Semaphore", "BoundedSemaphore", "Condition", "Queue", "PriorityQueue", "LifoQueue", "Future", "Task", "CancelledError", "InvalidStateError", "QueueEmpty", "QueueFull", "TimeoutError", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED" },
        ["collections.abc"] = new(StringComparer.Ordinal) { "Hashable", "Awaitable", "AsyncIterable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container", "Collection", "Callable", "Set", "MutableSet", "Mapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "MutableMapping", "Sequence", "MutableSequence" },
        ["types"] = new(StringComparer.Ordinal) { "SimpleNamespace", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "ModuleType", "NoneType" },
        ["os"] = new(StringComparer.Ordinal) { "getcwd", "getenv", "sep", "curdir", "pardir", "extsep", "pathsep", "defpath", "devnull", "linesep", "name", "environ", "path" },
        ["os.path"] = new(StringComparer.Ordinal) { "join", "basename", "dirname", "split", "splitext", "isabs", "normpath", "exists", "isfile", "isdir", "sep", "curdir", "pardir", "extsep", "pathsep", "defpath", "devnull" },
        ["io"] = new(StringComparer.Ordinal) { "StringIO", "BytesIO", "SEEK_SET", "SEEK_CUR", "SEEK_END" },
        ["fractions"] = new(StringComparer.Ordinal) { "Fraction" },
        ["datetime"] = new(StringComparer.Ordinal) { "date", "time", "datetime", "timedelta", "MINYEAR", "MAXYEAR" },
        ["re"] = new(StringComparer.Ordinal) { "compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split", "escape", "purge", "I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE", "A", "ASCII" },
    };

    /// <summary><c>typing</c> names that may be imported for use in annotations only (annotations are not evaluated by compiled code).</summary>
    public static readonly HashSet<string> TypingNames = new(StringComparer.Ordinal)
    {
        "Any", "List", "Dict", "Set", "FrozenSet", "Tuple", "Optional", "Union", "Callable", "Iterable", "Iterator", "Generator",
        "Sequence", "Mapping", "MutableMapping", "MutableSequence", "Type", "Deque", "DefaultDict", "Counter", "ClassVar", "Final",
        "Literal", "NoReturn", "Hashable", "Sized", "Collection", "Container", "Reversible", "AbstractSet", "TYPE_CHECKING",
        "TypeAlias", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Text", "Self", "Never",
        "KeysView", "ValuesView", "ItemsView", "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsIndex",
        "Generic", "Protocol", "TypeVar", "cast",
    };

    /// <summary><c>typing</c> names that are values at run time (<c>pyrt::modules::typing::attr</c>): base classes, TypeVar, cast.</summary>
    public static readonly HashSet<string> TypingRuntimeNames = new(StringComparer.Ordinal) { "Generic", "Protocol", "TypeVar", "cast" };
}
