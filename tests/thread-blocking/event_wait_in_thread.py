# expect: RuntimeError: py2wasm: Event.wait() would block: threads run to completion at start()
# The worker waits for an event the main thread sets after starting it.
import threading

go = threading.Event()
def worker():
    go.wait()
    print("worker running")

t = threading.Thread(target=worker)
t.start()
go.set()
t.join()
