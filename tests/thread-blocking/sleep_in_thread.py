# expect: RuntimeError: py2wasm: time.sleep() in a thread would block: threads run to completion at start()
# Sleeping workers print in the order their sleeps end in CPython, not in the order they were started.
import threading
import time

def worker(n):
    time.sleep(0.01 * (3 - n))
    print("worker", n)

threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
