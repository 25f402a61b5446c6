"""traceback for compiled programs.

Py2Wasm provides format_exception_only, whose output does not depend on frames. The functions that print frames
(print_exc, format_exc, print_exception, format_exception, format_tb, extract_tb, ...) are not provided: CPython
3.11 prints carets under the failing expression of each frame, which compiled programs cannot reproduce yet, so
the compiler rejects them (PY4005) rather than print a different traceback.
"""

__all__ = ["format_exception_only"]

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
