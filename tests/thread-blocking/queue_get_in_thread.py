# expect: RuntimeError: py2wasm: queue get() on an empty queue would block: threads run to completion at start()
# The consumer starts before the producer has put anything: CPython's consumer waits for the items.
import queue
import threading

q = queue.Queue()
def consumer():
    for _ in range(3):
        print("got", q.get(timeout=5))

t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    q.put(i)
t.join()
