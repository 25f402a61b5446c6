# Snippet for the 'queue' adapter (implemented in Python, compiled with the program).
import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

q = Queue(maxsize=3)
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(3):
    q.put(i * 10)
print(q.qsize(), q.full(), list(q.queue))
try:
    q.put_nowait(99)
except Full as e:
    print("full", type(e).__name__, repr(e))
try:
    q.put(99, timeout=0.01)
except queue.Full:
    print("full after timeout")
while not q.empty():
    print("got", q.get())
    q.task_done()
q.join()
try:
    q.get_nowait()
except Empty:
    print("empty")
try:
    q.get(timeout=0.01)
except Empty:
    print("empty after timeout")
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(True, -1)
except ValueError as e:
    print("ValueError:", e)

lq = LifoQueue()
for w in "abc":
    lq.put(w)
print([lq.get() for _ in range(lq.qsize())])

pq = PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put(item)
print(pq.qsize(), pq.unfinished_tasks)
while not pq.empty():
    print(pq.get_nowait())

sq = SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("simple empty")
print(issubclass(Empty, Exception), issubclass(Full, Exception))


class MaxQueue(PriorityQueue):
    def _put(self, item):
        super()._put(-item)

    def _get(self):
        return -super()._get()


mq = MaxQueue()
for n in [5, 1, 9, 3]:
    mq.put(n)
print([mq.get() for _ in range(4)])
