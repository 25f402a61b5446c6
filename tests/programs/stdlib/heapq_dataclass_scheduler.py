import heapq
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(default=1, compare=False)
    deps: list = field(default_factory=list, compare=False, repr=False)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = count()
        self.time = 0
        self.done = []

    def submit(self, name, priority, duration=1, deps=()):
        job = Job(priority, next(self.counter), name, duration, list(deps))
        heapq.heappush(self.heap, job)
        return job

    def run(self):
        deferred = []
        while self.heap:
            job = heapq.heappop(self.heap)
            missing = [d for d in job.deps if d not in self.done]
            if missing:
                print(f"t={self.time:3d} defer {job.name} waiting on {missing}")
                deferred.append(job)
                continue
            self.time += job.duration
            self.done.append(job.name)
            print(f"t={self.time:3d} ran {job!r}")
            for d in deferred:
                heapq.heappush(self.heap, d)
            deferred.clear()
        return deferred


s = Scheduler()
s.submit("compile", 2, 5)
s.submit("test", 3, 3, deps=["compile"])
s.submit("lint", 1, 1)
s.submit("deploy", 0, 2, deps=["test", "lint"])
s.submit("docs", 2, 4)
s.submit("notify", 5, 1, deps=["deploy"])
left = s.run()
print("order:", s.done, "left:", left)

j1, j2 = Job(1, 0, "a"), Job(1, 1, "b")
print(j1 < j2, j1 == Job(1, 0, "zzz"), sorted([j2, j1]) == [j1, j2], j1 <= j1, j2 > j1)
print(Job(3, 9, "x", 7, ["y"]))

nums = [5, 1, 8, 3, 9, 2, 7]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
print(heapq.nlargest(3, ["pear", "fig", "banana", "kiwi"], key=len))
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11]))
print(merged)
print(list(heapq.merge(["b", "d"], ["a", "c", "e"], key=str.upper, reverse=False)))
pq = []
for w, item in [(3, "c"), (1, "a"), (3, "b"), (2, "z"), (1, "y")]:
    heapq.heappush(pq, (w, item))
print([heapq.heappop(pq) for _ in range(len(pq))])
