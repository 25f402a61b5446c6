# expect: RuntimeError: py2wasm: Lock.acquire() would block: threads run to completion at start()
# The main thread holds the lock while the worker wants it: CPython's worker waits until the main thread releases it.
import threading

lock = threading.Lock()
def worker():
    with lock:
        print("worker got the lock")

with lock:
    t = threading.Thread(target=worker)
    t.start()
    print("main releases the lock")
t.join()
