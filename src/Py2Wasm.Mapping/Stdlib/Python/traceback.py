"""traceback for compiled programs.

Py2Wasm provides format_exception_only, whose output does not depend on frames, and the functions that print a
traceback to sys.stderr: print_exc and print_exception (with the default file, or sys.stderr). They print the frames
the runtime recorded (file, line, function and source line, the __cause__/__context__ chain, exception-group boxes
and notes) exactly as CPython 3.11 does except for the lines of position markers (`~~~^^^`) that CPython adds under
a frame's source line when the failing expression does not cover the whole line: compiled programs do not know
expression columns. Those functions refuse (NotImplementedError) a file other than sys.stderr, a limit or
chain=False. The functions whose text a program can print or inspect on stdout (format_exc, format_exception,
format_tb, extract_tb, print_tb, extract_stack, print_stack, format_stack, ...) are not provided: the compiler
rejects them (PY4005) rather than produce a text that differs from CPython's.
"""
import sys
import _traceback

__all__ = ["format_exception_only", "print_exc", "print_exception"]

_sentinel = object()


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a traceback for the exception: 'Type: message' and its __notes__, each ending in a newline."""
    if value is _sentinel:
        value = exc
    exc_type = type(value)
    if isinstance(value, SyntaxError):
        raise NotImplementedError("py2wasm: traceback.format_exception_only() of a SyntaxError is not supported")
    stype = exc_type.__qualname__
    smod = exc_type.__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + "." + stype
    valuestr = _safe_string(value, "exception")
    if not valuestr:
        lines = [f"{stype}\n"]
    else:
        lines = [f"{stype}: {valuestr}\n"]
    notes = getattr(value, "__notes__", None)
    if isinstance(notes, (list, tuple, str)):
        for note in notes:
            note = _safe_string(note, "note")
            lines.extend(line + "\n" for line in note.split("\n"))
    elif notes is not None:
        lines.append(_safe_string(notes, "__notes__", func=repr))
    return lines


def _stderr_only(file, limit, chain, what):
    if not _traceback.print_exception(None, sys.stderr if file is None else file):
        raise NotImplementedError(f"py2wasm: traceback.{what}() can only print to the process's stderr in compiled programs "
                                  "(CPython's position markers under the source lines are not known)")
    if limit is not None or not chain:
        raise NotImplementedError(f"py2wasm: traceback.{what}() with limit or chain=False is not supported")


def _frames(tb):
    out = []
    while tb is not None:
        frame = getattr(tb, "tb_frame", None)
        code = None if frame is None else frame.f_code
        out.append((None if code is None else code.co_filename, None if code is None else code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def _same_frames(tb, own):
    # The runtime makes a new traceback object each time __traceback__ is read: compare the frames.
    if tb is None or own is None:
        return tb is own
    return _frames(tb) == _frames(own)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints the exception's traceback to sys.stderr, as CPython does without its position-marker lines."""
    _stderr_only(file, limit, chain, "print_exception")
    if value is _sentinel:
        value = exc
    if tb is not _sentinel and value is not None and not _same_frames(tb, value.__traceback__):
        raise NotImplementedError("py2wasm: traceback.print_exception() with a traceback other than the exception's is not supported")
    out = sys.stderr if file is None else file
    if value is None:
        out.write("NoneType: None\n")
        return
    if not isinstance(value, BaseException):
        raise TypeError(f"Exception expected for value, {type(value).__name__} found")
    out.write(_traceback.print_exception(value, None))


def print_exc(limit=None, file=None, chain=True):
    """print_exception(sys.exception()) to sys.stderr."""
    _stderr_only(file, limit, chain, "print_exc")
    print_exception(sys.exception(), file=file)
