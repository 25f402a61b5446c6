# Snippet for the 'concurrent.futures' adapter (implemented in Python over threading).
import concurrent.futures
from concurrent.futures import (ThreadPoolExecutor, Executor, Future, as_completed, wait, CancelledError, TimeoutError,
                                BrokenExecutor, ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION)

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="p") as ex:
    print(isinstance(ex, Executor), list(ex.map(abs, [-1, -2, 3])))
    fs = [ex.submit(divmod, 17, k) for k in (1, 2, 3)]
    print(sorted(f.result() for f in as_completed(fs)))
    for mode in (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION):
        done, not_done = wait(fs, return_when=mode)
        print(mode, len(done), len(not_done))
    bad = ex.submit(int, "x")
    print(type(bad.exception()).__name__, bad.done())
f = Future()
try:
    f.result(timeout=0.01)
except TimeoutError:
    print("timeout")
f.cancel()
try:
    f.result()
except CancelledError:
    print("cancelled")
print(issubclass(BrokenExecutor, RuntimeError))
