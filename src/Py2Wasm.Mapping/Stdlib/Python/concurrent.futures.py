"""concurrent.futures for compiled programs: futures and ThreadPoolExecutor, over threading.

Py2Wasm implements this module in Python, compiled with each program that imports it. As with threading (whose
module doc gives the model), a task runs to completion in a worker thread inside submit(), so map() and submit()
return futures that are already done, as_completed() yields them in submission order (CPython yields futures that
are done when it is called in no specified order) and wait() returns at once. Waiting for a future that no task
will complete (one made with Future() and not set) raises RuntimeError("py2wasm: ... would block ...") where CPython
would wait forever, or, in the main thread with a timeout, raises TimeoutError at once. A task calling time.sleep()
raises that RuntimeError too (with real threads the other tasks would run meanwhile); the error is raised again by
submit(), so it cannot stay hidden in a future.

Every task runs in a worker named as CPython's first worker ("ThreadPoolExecutor-N_0" or PREFIX_0), since the
worker is idle again whenever a task is submitted; the initializer runs once, in that worker.

Not provided (the compiler rejects it, PY4005): ProcessPoolExecutor, whose workers are other processes.
"""
import threading as _threading

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"
_DESCRIPTION = {_PENDING: "pending", _RUNNING: "running", _CANCELLED: "cancelled", _FINISHED: "finished"}

TimeoutError = TimeoutError


class _Error(Exception):
    pass


class CancelledError(_Error):
    """The Future was cancelled."""


class _InvalidStateError(_Error):
    """The operation is not allowed in the Future's state."""


class BrokenExecutor(RuntimeError):
    """The executor cannot run tasks any more (an initializer failed)."""


def _wait_for(what, timeout):
    """A wait for a future nothing will complete: TimeoutError after a timed wait in the main thread, else the
    threading module's "would block" RuntimeError."""
    _threading._cannot_wait(what, timeout)
    raise TimeoutError()


class Future:
    """The result of a call: set by the executor (or by set_result/set_exception)."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception is not None:
                return "<%s at %#x state=%s raised %s>" % (type(self).__name__, id(self), _DESCRIPTION[self._state],
                                                         type(self._exception).__name__)
            return "<%s at %#x state=%s returned %s>" % (type(self).__name__, id(self), _DESCRIPTION[self._state],
                                                       type(self._result).__name__)
        return "<%s at %#x state=%s>" % (type(self).__name__, id(self), _DESCRIPTION[self._state])

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                import sys
                import _traceback
                sys.stderr.write("exception calling callback for %r\n" % (self,))
                sys.stderr.write(_traceback.print_exception(exc, None))

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state == _CANCELLED:
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def _outcome(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def result(self, timeout=None):
        if not self.done():
            _wait_for("Future.result()", timeout)
        return self._outcome()

    def exception(self, timeout=None):
        if not self.done():
            _wait_for("Future.exception()", timeout)
        if self._state == _CANCELLED:
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception as exc:
            import sys
            import _traceback
            sys.stderr.write("exception calling callback for %r\n" % (self,))
            sys.stderr.write(_traceback.print_exception(exc, None))

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        if self._state in (_CANCELLED, _FINISHED):
            raise _InvalidStateError("%s: %r" % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _FINISHED):
            raise _InvalidStateError("%s: %r" % (self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()


class Executor:
    """The base class of executors: submit() is the subclass's; map() and the context manager are here."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            fs.reverse()
            while fs:
                yield fs.pop().result()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _ExecutorCounter:
    value = -1


class ThreadPoolExecutor(Executor):
    """Runs each submitted call in a worker thread, to completion, before submit() returns."""

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        _ExecutorCounter.value += 1
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % _ExecutorCounter.value)
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._broken = False
        self._shutdown = False

    def _run(self, future, fn, args, kwargs):
        if self._initializer is not None and not self._initialized:
            self._initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException as exc:
                _threading._is_would_block(exc)
                self._broken = True
                future.set_exception(BrokenExecutor("A thread initializer failed, the thread pool is not usable anymore"))
                return
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            if _threading._is_would_block(exc) and _threading._blocked_error is None:
                _threading._blocked_error = exc
            future.set_exception(exc)
        else:
            future.set_result(result)

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenExecutor("A thread initializer failed, the thread pool is not usable anymore")
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future = Future()
        worker = _threading.Thread(name=self._thread_name_prefix + "_0", target=self._run, args=(future, fn, args, kwargs))
        worker.start()
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class _DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]


def as_completed(fs, timeout=None):
    """The futures as they finish: those done first, in the order given (duplicates once), then none can finish."""
    seen = set()
    pending = []
    for f in fs:
        if f in seen:
            continue
        seen.add(f)
        if f.done():
            yield f
        else:
            pending.append(f)
    if pending:
        try:
            _wait_for("as_completed()", timeout)
        except TimeoutError:
            raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), len(seen))) from None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """(done, not_done) sets; waits only when the condition needs a future nothing will finish."""
    fs = set(fs)
    done = set(f for f in fs if f.done())
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return _DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f._exception is not None for f in done):
        return _DoneAndNotDoneFutures(done, not_done)
    if not not_done:
        return _DoneAndNotDoneFutures(done, not_done)
    if _threading._cannot_wait("wait()", timeout) is False:
        return _DoneAndNotDoneFutures(done, not_done)
