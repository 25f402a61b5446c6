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
        "range", "slice", "type", "staticmethod", "classmethod", "property", "super", "NotImplemented", "Ellipsis", "exit", "quit",
        "__debug__", "open",
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
        "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "BaseExceptionGroup", "ExceptionGroup",
        "BlockingIOError", "ChildProcessError", "EnvironmentError", "IOError", "InterruptedError", "ProcessLookupError", "TabError",
        "UnicodeTranslateError", "BytesWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning",
        "ResourceWarning", "SyntaxWarning", "UnicodeWarning",
    };

    /// <summary>Built-ins that run or inspect code at run time: never compilable ahead of time.</summary>
    public static readonly HashSet<string> DynamicCode = new(StringComparer.Ordinal)
    {
        "eval", "exec", "compile", "globals", "locals", "vars", "__import__", "breakpoint",
    };

    /// <summary>Every other name CPython's builtins module has (not provided by the runtime yet).</summary>
    public static readonly HashSet<string> OtherBuiltins = new(StringComparer.Ordinal)
    {
        "dir", "memoryview", "help", "aiter", "anext", "copyright", "credits", "license", "__build_class__",
        "__doc__", "__loader__", "__spec__", "__package__",
    };

    public static bool IsBuiltin(string name) => SupportedBuiltins.Contains(name) || Exceptions.Contains(name);
}
