"""threading for compiled programs: threads that run to completion when started, locks, events, conditions,
semaphores, barriers and thread-local data.

Py2Wasm implements this module in Python (a mapping adapter with Python source), compiled with each program that
imports it, over the runtime's `_thread`. The runtime has one thread, so Thread.start() runs the thread's run() to
completion before it returns: a schedule CPython may pick, and the one it usually picks for a short thread. A
program that starts threads and then joins them prints what CPython prints. What would need another thread to run
first is never run differently; it raises RuntimeError("py2wasm: ... would block: threads run to completion at
start()") instead, and that error also ends the thread's starters (it is raised again by start()), so it cannot be
lost in a thread:

- acquiring a Lock/RLock/Semaphore held elsewhere, Event.wait() on an unset event, Condition.wait(), Barrier.wait()
  before the last party, joining a running thread, Timer.start() (the function runs after a delay) and time.sleep(),
  all while a thread other than the main one runs (its starters could not run meanwhile);
- the same waits in the main thread without a timeout (no other thread is alive then: CPython would hang forever).
  With a timeout they return False (Barrier.wait raises BrokenBarrierError) at once, where CPython would wait first.

Not provided (the compiler rejects them, PY4005): settrace/setprofile and their getters, WeakSet, functools.
"""
import sys as _sys
import _thread
import _traceback

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread", "TIMEOUT_MAX",
           "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError",
           "Timer", "ThreadError", "ExceptHookArgs", "excepthook", "setprofile", "settrace", "local", "stack_size",
           "get_native_id"]

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

_MAIN_IDENT = _thread.get_ident()
# The first "would block" error raised in a thread: once raised, every thread that started it raises it again.
_blocked_error = None


def _would_block(what):
    """The RuntimeError for a call that would have to let another thread run first; remembered (see the module doc)."""
    global _blocked_error
    if _thread.get_ident() == _MAIN_IDENT:
        return RuntimeError("py2wasm: " + what + " would block forever: no other thread is running")
    error = RuntimeError("py2wasm: " + what + " would block: threads run to completion at start()")
    if _blocked_error is None:
        _blocked_error = error
    return error


def _cannot_wait(what, timeout):
    """For a wait nothing could end: False for a timed wait in the main thread (no other thread is alive there),
    else the "would block" RuntimeError."""
    if _thread.get_ident() == _MAIN_IDENT and timeout is not None and timeout >= 0:
        return False
    raise _would_block(what)


def _is_would_block(exc):
    return exc is _blocked_error or (isinstance(exc, RuntimeError) and str(exc).startswith("py2wasm: "))


class _Counter:
    def __init__(self):
        self.value = 0

    def next(self):
        self.value += 1
        return self.value


_counter = _Counter()


def _newname(template="Thread-%d"):
    return template % _counter.next()


# Threads: _active maps the identifier of each running thread to its Thread; _limbo holds those being started.
_active = {}
_limbo = {}
_dummy_counter = _Counter()


class Lock:
    """A primitive lock: released by any thread; a blocking acquire of a held lock cannot wait (module doc)."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        return _cannot_wait("Lock.acquire()", None if timeout == -1 else timeout)

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    def locked(self):
        return self._held

    def _is_owned(self):
        return self._held

    __enter__ = acquire

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        return "<%s %s object>" % ("locked" if self._held else "unlocked", "_thread.lock")


class RLock:
    """A reentrant lock: the thread holding it may acquire it again; it is free when released as many times."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        me = _thread.get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._owner is None:
            self._owner = me
            self._count = 1
            return True
        if not blocking:
            return False
        return _cannot_wait("RLock.acquire()", None if timeout == -1 else timeout)

    def release(self):
        if self._owner != _thread.get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def _is_owned(self):
        return self._owner == _thread.get_ident()

    __enter__ = acquire

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d>" % ("locked" if self._owner is not None else "unlocked", "_thread",
                                                       "RLock", self._owner or 0, self._count)


class Condition:
    """A condition variable over a lock (an RLock unless given). notify() with no waiter does nothing; wait() has no
    other thread to notify it (module doc)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, 0)>" % (self._lock,)

    def _is_owned(self):
        return self._lock._is_owned()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        return _cannot_wait("Condition.wait()", timeout)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            self.wait(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    def notifyAll(self):
        self.notify()


class Semaphore:
    """A counter that acquire() decrements and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        return _cannot_wait(type(self).__name__ + ".acquire()", timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose release() raises ValueError past its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that threads set, clear and wait for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %#x: %s>" % (type(self).__module__, type(self).__qualname__, id(self), "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        return _cannot_wait("Event.wait()", timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait for each other; only the last arrival can proceed without waiting (module doc)."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._broken = False

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count < self._parties:
            _cannot_wait("Barrier.wait()", timeout)
            self._broken = True
            self._count = 0
            raise BrokenBarrierError
        self._count = 0
        if self._action:
            try:
                self._action()
            except BaseException:
                self._broken = True
                raise
        return index

    def reset(self):
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class ExceptHookArgs:
    """The argument of threading.excepthook: exc_type, exc_value, exc_traceback and thread."""

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args, /):
    """Reports an exception a thread's run() raised: "Exception in thread NAME:" and the traceback, on stderr."""
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr = _sys.stderr
    if stderr is None:
        return
    stderr.flush()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    if args.exc_value is not None:
        if not _traceback.print_exception(args.exc_value, stderr):
            stderr.write(_traceback.print_exception(args.exc_value, None))
    stderr.flush()


class Thread:
    """A thread of control: start() runs run() (the target by default) to completion before it returns."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        _limbo[self] = self
        _thread.start_new_thread(self._bootstrap, ())
        if _blocked_error is not None:
            raise _blocked_error

    def _bootstrap(self):
        global _blocked_error
        self._ident = _thread.get_ident()
        self._native_id = _thread.get_native_id()
        self._started = True
        _active[self._ident] = self
        del _limbo[self]
        _local_enter()
        try:
            try:
                self.run()
            except SystemExit:
                pass
            except BaseException as exc:
                if _is_would_block(exc):
                    if _blocked_error is None:
                        _blocked_error = exc
                else:
                    self._invoke_excepthook(exc)
        finally:
            self._is_stopped = True
            del _active[self._ident]
            _local_leave()

    def _invoke_excepthook(self, exc):
        hook = excepthook
        try:
            hook(ExceptHookArgs((type(exc), exc, None, self)))
        except Exception as hook_exc:
            _sys.stderr.write("Exception in threading.excepthook:\n")
            _sys.stderr.write(_traceback.print_exception(hook_exc, None))

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            self._target = None
            self._args = None
            self._kwargs = None

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if not self._is_stopped:
            # A thread that started the current one: it cannot finish first.
            _cannot_wait("Thread.join()", timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _thread.get_ident()
        self._native_id = _thread.get_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):
    """A thread started by _thread.start_new_thread rather than by threading."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = _thread.get_ident()
        self._native_id = _thread.get_native_id()
        _active[self._ident] = self

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


class Timer(Thread):
    """Calls a function after `interval` seconds, unless cancelled first. Starting one that is not cancelled raises
    (its function would run later, while the starter goes on: module doc)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def start(self):
        if self._initialized and not self._started and not self.finished.is_set():
            raise _would_block("Timer.start()")
        Thread.start(self)

    def run(self):
        self.finished.set()


def current_thread():
    """The Thread of the caller."""
    ident = _thread.get_ident()
    if ident in _active:
        return _active[ident]
    return _DummyThread()


def currentThread():
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def enumerate():
    return list(_active.values()) + list(_limbo.values())


_stack_size = 0


def stack_size(size=0):
    """The stack size of new threads: recorded only (the runtime has one stack)."""
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    old = _stack_size
    _stack_size = size
    return old


_main_thread = _MainThread()


# Thread-local data. Threads nest (a thread runs inside its starter's start()), so each local object's attributes
# are swapped at the thread's entry and exit: the entering thread finds none, and __init__ runs again, with the
# constructor's arguments, when the thread first reads or sets an attribute.
_locals = []
_local_state = {}   # id(local object) -> [pending __init__, (args, kwargs)]
_saved_locals = []


def _local_enter():
    saved = []
    for obj in _locals:
        d = obj.__dict__
        saved.append(d)
        for name in d:
            object.__delattr__(obj, name)
        _local_state[id(obj)][0] = True
    _saved_locals.append(saved)


def _local_leave():
    saved = _saved_locals.pop()
    for i in range(len(_locals)):
        obj = _locals[i]
        for name in obj.__dict__:
            object.__delattr__(obj, name)
        if i < len(saved):
            for name, value in saved[i].items():
                object.__setattr__(obj, name, value)
            _local_state[id(obj)][0] = False
        else:
            # Created in the ending thread: the starter has not used it yet, and finds it fresh.
            _local_state[id(obj)][0] = True


class local:
    """Attributes seen only by the thread that sets them."""

    def __new__(cls, *args, **kw):
        self = object.__new__(cls)
        _local_state[id(self)] = [False, (args, kw)]
        _locals.append(self)
        return self

    def _local__start(self):
        state = _local_state[id(self)]
        if state[0]:
            state[0] = False
            args, kw = state[1]
            type(self).__init__(self, *args, **kw)
            return True
        return False

    def __init__(self, *args, **kw):
        if args or kw:
            raise TypeError("Initialization arguments are not supported")

    def __getattr__(self, name):
        if name.startswith("_local__") or not self._local__start():
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        return getattr(self, name)

    def __setattr__(self, name, value):
        self._local__start()
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self._local__start()
        object.__delattr__(self, name)
