"""timeit for compiled programs, following CPython 3.11's documented behaviour for callables.

A compiled program cannot compile source text at run time, so stmt and setup must be callables (or 'pass', which
does nothing); any other string raises NotImplementedError when the Timer is made. The command-line interface
(main) is not provided.
"""
import gc as _gc
import time as _time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = _time.perf_counter
default_number = 1000000
default_repeat = 5
dummy_src_name = "<timeit-src>"


def _as_callable(code, what):
    if callable(code):
        return code
    if isinstance(code, str):
        if code.strip() == "pass" or not code.strip():
            return None
        raise NotImplementedError(
            what + " given as source text is not supported by Py2Wasm (compiled programs cannot compile code at run "
            "time); pass a callable instead")
    raise ValueError(what + " is neither a string nor callable")


class Timer:
    """Times a callable: timeit(number) runs setup once and stmt number times, and returns the seconds taken."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._setup = _as_callable(setup, "setup")
        self._stmt = _as_callable(stmt, "stmt")
        self.src = None

    def _run(self, number):
        setup = self._setup
        stmt = self._stmt
        timer = self.timer
        if setup is not None:
            setup()
        if stmt is None:
            t0 = timer()
            for _ in range(number):
                pass
            t1 = timer()
        else:
            t0 = timer()
            for _ in range(number):
                stmt()
            t1 = timer()
        return t1 - t0

    def timeit(self, number=default_number):
        """The time number executions of stmt take, with garbage collection off meanwhile."""
        was_enabled = _gc.isenabled()
        _gc.disable()
        try:
            return self._run(number)
        finally:
            if was_enabled:
                _gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a number of loops (1, 2, 5, 10, 20, 50, ...) that takes at least 0.2 seconds: (number, time)."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10

    def print_exc(self, file=None):
        """Prints the exception being handled to file (sys.stderr by default)."""
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
