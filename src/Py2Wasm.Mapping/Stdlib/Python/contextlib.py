"""contextlib for compiled programs.

Py2Wasm implements contextmanager, suppress and nullcontext in Rust (the `_contextlib` module) and the rest of the
module here, in Python compiled with each program that imports it: ExitStack, redirect_stdout/redirect_stderr,
closing, AbstractContextManager and ContextDecorator, with CPython 3.11's documented behaviour.
"""
import sys
from functools import wraps
import _contextlib

# Re-exported from the Rust half (assigned, so that they are members of this module).
contextmanager = _contextlib.contextmanager
suppress = _contextlib.suppress
nullcontext = _contextlib.nullcontext

__all__ = ["contextmanager", "suppress", "nullcontext", "closing", "redirect_stdout", "redirect_stderr",
           "ExitStack", "AbstractContextManager", "ContextDecorator"]


class AbstractContextManager:
    """A base class whose __enter__ returns self and whose __exit__ does nothing."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base class that lets a context manager also be used as a function decorator."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class closing(AbstractContextManager):
    """Calls thing.close() when the block exits."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A list, so that one object can be entered more than once (reentrant use).
        self._old_targets = []

    def __enter__(self):
        if self._stream == "stdout":
            self._old_targets.append(sys.stdout)
            sys.stdout = self._new_target
        else:
            self._old_targets.append(sys.stderr)
            sys.stderr = self._new_target
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        if self._stream == "stdout":
            sys.stdout = self._old_targets.pop()
        else:
            sys.stderr = self._old_targets.pop()


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another file-like object for the duration of the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file-like object for the duration of the block."""
    _stream = "stderr"


def _exit_wrapper_of(cm, cm_exit):
    def _exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    return _exit_wrapper


def _callback_wrapper_of(callback, args, kwds):
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    return _exit_wrapper


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks and context managers, unwound in reverse order when the block exits."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves every callback to a new ExitStack and returns it; this stack is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a context manager's __exit__ (without entering it) or any callable with __exit__'s signature."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_exit_wrapper_of(exit, exit_method))
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the context manager protocol") from None
        result = _enter(cm)
        self._exit_callbacks.append(_exit_wrapper_of(cm, _exit))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run at exit; returns callback."""
        _exit_wrapper = _callback_wrapper_of(callback, args, kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        """Unwinds the stack now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # CPython reads the exception being handled here (sys.exc_info()); when a with statement calls __exit__
        # because its body raised, that is the exception passed in.
        frame_exc = exc_details[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _fix_exception_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            exc = exc_details[1]
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc


def _fix_exception_context(new_exc, old_exc, frame_exc):
    # The exception a callback raised continues the chain of the one the stack was unwinding. In CPython the chain of
    # an exception raised by a callback ends at the exception being handled (frame_exc); compiled code ends it at None.
    while True:
        exc_context = new_exc.__context__
        if exc_context is None:
            if frame_exc is None:
                return
            break
        if exc_context is old_exc:
            return
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc
