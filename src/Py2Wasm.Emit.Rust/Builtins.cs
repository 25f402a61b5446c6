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
        "UnicodeEncodeError", "Warning", "DeprecationWarning", "RuntimeWarning", "UserWarning",
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
        "BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
        "ConnectionResetError", "EnvironmentError", "IOError", "InterruptedError", "ProcessLookupError", "TabError",
        "UnicodeTranslateError", "BytesWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning",
        "ResourceWarning", "SyntaxWarning", "UnicodeWarning",
    };

    public static bool IsBuiltin(string name) => SupportedBuiltins.Contains(name) || Exceptions.Contains(name);

    /// <summary>Standard-library modules provided by <c>pyrt::emit::stdlib</c>, with their attributes.</summary>
    public static readonly Dictionary<string, HashSet<string>> StdlibModules = new(StringComparer.Ordinal)
    {
        ["math"] = new(StringComparer.Ordinal)
        {
            "sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh",
            "atanh", "cbrt", "erf", "erfc", "fabs", "log", "log2", "log10", "log1p", "pow", "atan2", "hypot", "dist", "degrees",
            "radians", "fmod", "remainder", "copysign", "isfinite", "isinf", "isnan", "isclose", "ceil", "floor", "trunc", "modf",
            "frexp", "ldexp", "factorial", "comb", "perm", "isqrt", "gcd", "lcm", "fsum", "prod", "nextafter", "ulp",
            "pi", "e", "tau", "inf", "nan",
        },
        ["random"] = new(StringComparer.Ordinal)
        {
            "seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle", "sample", "uniform", "gauss",
            "expovariate", "choices",
        },
        ["sys"] = new(StringComparer.Ordinal)
        {
            "argv", "maxsize", "stdout", "stderr", "exit", "setrecursionlimit", "getrecursionlimit",
        },
    };

    /// <summary><c>typing</c> names that may be imported for use in annotations only (annotations are not evaluated by compiled code).</summary>
    public static readonly HashSet<string> TypingNames = new(StringComparer.Ordinal)
    {
        "Any", "List", "Dict", "Set", "FrozenSet", "Tuple", "Optional", "Union", "Callable", "Iterable", "Iterator", "Generator",
        "Sequence", "Mapping", "MutableMapping", "MutableSequence", "Type", "Deque", "DefaultDict", "Counter", "ClassVar", "Final",
        "Literal", "NoReturn", "Hashable", "Sized", "Collection", "Container", "Reversible", "AbstractSet", "TYPE_CHECKING",
    };
}
