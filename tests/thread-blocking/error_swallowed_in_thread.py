# expect: RuntimeError: py2wasm: Lock.acquire() would block: threads run to completion at start()
# The worker catches the error and goes on, but its start() raises it again in the main thread.
import threading

lock = threading.Lock()
def worker():
    try:
        lock.acquire()
        print("acquired")
    except Exception as e:
        print("worker caught an error")

lock.acquire()
t = threading.Thread(target=worker)
t.start()
lock.release()
t.join()
print("done")
