# Snippet for the 'threading' adapter (implemented in Python over _thread; threads run to completion at start()).
import threading
from threading import (Thread, Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, BrokenBarrierError,
                       Timer, local, ThreadError, ExceptHookArgs, TIMEOUT_MAX)

out = []
t = Thread(target=lambda a, b=0: out.append(a + b), args=(1,), kwargs={"b": 2}, name="adder")
t.start()
t.join()
print(out, t.name, t.is_alive(), t.daemon, isinstance(t.ident, int), isinstance(t.native_id, int))
print(threading.current_thread().name, threading.currentThread() is threading.main_thread())
print(threading.active_count(), threading.activeCount(), len(threading.enumerate()))
print(threading.get_ident() == threading.main_thread().ident, isinstance(threading.get_native_id(), int))
print(threading.stack_size(), TIMEOUT_MAX > 1e6, ThreadError is RuntimeError)
lk = Lock()
print(lk.acquire(), lk.acquire(False), lk.acquire(timeout=0.01), lk.locked())
lk.release()
rl = RLock()
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
rl.release()
rl.release()
rl.release()
cv = Condition(Lock())
with cv:
    cv.notify()
    print(cv.wait(0.01), cv.wait_for(lambda: 5))
sem = Semaphore(1)
print(sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
bs = BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print(e)
ev = Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.wait(), ev.is_set())
br = Barrier(1)
print(br.wait(), br.parties, br.broken)
br2 = Barrier(2)
try:
    br2.wait(timeout=0.01)
except BrokenBarrierError:
    print("broken", br2.broken)
tm = Timer(5, print, args=["never"])
tm.cancel()
tm.start()
tm.join()
print("timer cancelled", tm.finished.is_set())
data = local()
data.x = 1
def look():
    out.append(hasattr(data, "x"))
lt = Thread(target=look)
lt.start()
lt.join()
print(out, data.x)
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, args.thread.name))
bad = Thread(target=lambda: 1 / 0, name="bad")
bad.start()
bad.join()
print(caught)
args = ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(args.exc_type.__name__, args.exc_value, args.thread)
