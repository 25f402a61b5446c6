"""Discrete-event scheduler built on heapq: tasks with priorities, timers and dependencies."""
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Event:
    time: float
    priority: int
    seq: int
    name: str = field(compare=False)
    action: object = field(compare=False, default=None, repr=False)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.now = 0.0
        self.log = []

    def at(self, time, name, action=None, priority=0):
        ev = Event(time, priority, next(self.counter), name, action)
        heapq.heappush(self.queue, ev)
        return ev

    def after(self, delay, name, action=None, priority=0):
        return self.at(self.now + delay, name, action, priority)

    def run(self, until=None):
        count = 0
        while self.queue:
            if until is not None and self.queue[0].time > until:
                break
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            count += 1
            self.log.append((round(ev.time, 3), ev.name))
            if ev.action:
                ev.action(self, ev)
        return count


def periodic(period, left):
    def act(s, ev):
        if left[0] > 0:
            left[0] -= 1
            s.after(period, ev.name, act, ev.priority)
    return act


s = Scheduler()
s.at(0, "boot", priority=-1)
s.at(1.5, "tick", periodic(1.5, [5]))
s.at(2.0, "poll", periodic(0.7, [8]), priority=2)
s.at(2.0, "urgent", priority=-5)
n = s.run(until=6.0)
print(n, s.now, s.log)
print(s.run(), s.log[-3:], len(s.queue))

# Task dependency scheduling (topological order with priority)
tasks = {"compile": 3, "fetch": 1, "test": 4, "lint": 2, "package": 2, "deploy": 1, "docs": 3}
deps = {"compile": ["fetch"], "test": ["compile"], "lint": ["fetch"], "package": ["test", "lint"],
        "deploy": ["package"], "docs": ["fetch"]}
indeg = {t: 0 for t in tasks}
children = {t: [] for t in tasks}
for t, ds in deps.items():
    for d in ds:
        indeg[t] += 1
        children[d].append(t)
ready = [(-tasks[t], t) for t in tasks if indeg[t] == 0]
heapq.heapify(ready)
workers = [(0, w) for w in range(2)]
finish = {}
order = []
while ready:
    _, t = heapq.heappop(ready)
    start_time, w = heapq.heappop(workers)
    start = max([start_time] + [finish[d] for d in deps.get(t, [])])
    finish[t] = start + tasks[t]
    order.append(f"{t}@w{w}:{start}-{finish[t]}")
    heapq.heappush(workers, (finish[t], w))
    for c in children[t]:
        indeg[c] -= 1
        if indeg[c] == 0:
            heapq.heappush(ready, (-tasks[c], c))
print(order, max(finish.values()))

h = []
for i, v in enumerate([5, 3, 8, 1, 9, 2]):
    heapq.heappush(h, (v, i))
print(heapq.heappushpop(h, (4, 10)), heapq.heapreplace(h, (0, 11)), [heapq.heappop(h) for _ in range(len(h))])
big = list(range(1000, 0, -3))
heapq.heapify(big)
print(big[:5], heapq.nsmallest(5, big), heapq.nlargest(2, big))
e1, e2 = Event(1.0, 0, 1, "a"), Event(1.0, 0, 2, "b")
print(e1 < e2, e1, sorted([e2, e1])[0].name)
