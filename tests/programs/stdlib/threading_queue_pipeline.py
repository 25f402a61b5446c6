"""A producer thread fills a queue, then consumer threads drain it and report through a result queue."""
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()
SENTINEL = None


def producer(n):
    for i in range(n):
        tasks.put(("job", i))
    tasks.put(SENTINEL)


def consumer(name):
    handled = 0
    while True:
        item = tasks.get()
        if item is SENTINEL:
            tasks.task_done()
            break
        kind, i = item
        results.put((name, i, i * i))
        handled += 1
        tasks.task_done()
    results.put((name, "done", handled))


prod = threading.Thread(target=producer, args=(6,))
prod.start()
cons = threading.Thread(target=consumer, args=("consumer-1",))
cons.start()
prod.join()
cons.join()
tasks.join()
print("tasks left", tasks.qsize(), "unfinished", tasks.unfinished_tasks)
while not results.empty():
    print(results.get_nowait())

# A bounded queue the producer never overfills, drained in priority order.
jobs = queue.PriorityQueue(maxsize=5)
def schedule():
    for prio, name in [(3, "write"), (1, "read"), (2, "parse")]:
        jobs.put((prio, name))
s = threading.Thread(target=schedule)
s.start()
s.join()
order = []
while True:
    try:
        order.append(jobs.get(timeout=0.01))
    except queue.Empty:
        break
print(order, jobs.full(), jobs.empty())
