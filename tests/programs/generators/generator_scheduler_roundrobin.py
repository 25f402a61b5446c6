# Cooperative multitasking with plain generators: a round-robin scheduler, tasks that yield
# "syscalls" (sleep ticks, spawn, wait), and deterministic interleaving.
from collections import deque


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.tick = 0
        self.next_id = 1
        self.results = {}
        self.waiters = {}

    def spawn(self, gen):
        tid = self.next_id
        self.next_id += 1
        self.ready.append((tid, gen, None))
        return tid

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.tick = min(t for t, _, _ in self.sleeping)
            woken = [s for s in self.sleeping if s[0] <= self.tick]
            self.sleeping = [s for s in self.sleeping if s[0] > self.tick]
            for _, tid, gen in sorted(woken, key=lambda s: s[1]):
                self.ready.append((tid, gen, None))
            if not self.ready:
                continue
            tid, gen, value = self.ready.popleft()
            try:
                call = gen.send(value)
            except StopIteration as stop:
                self.results[tid] = stop.value
                for wtid, wgen in self.waiters.pop(tid, []):
                    self.ready.append((wtid, wgen, stop.value))
                continue
            kind, arg = call
            if kind == "sleep":
                self.sleeping.append((self.tick + arg, tid, gen))
            elif kind == "spawn":
                self.ready.append((tid, gen, self.spawn(arg)))
            elif kind == "wait":
                if arg in self.results:
                    self.ready.append((tid, gen, self.results[arg]))
                else:
                    self.waiters.setdefault(arg, []).append((tid, gen))
            else:
                self.ready.append((tid, gen, None))
            self.tick += 1


log = []


def worker(name, n, delay):
    total = 0
    for i in range(n):
        log.append(f"t? {name}{i}")
        total += i
        yield ("sleep", delay)
    return f"{name}={total}"


def parent():
    a = yield ("spawn", worker("a", 3, 2))
    b = yield ("spawn", worker("b", 2, 5))
    ra = yield ("wait", a)
    rb = yield ("wait", b)
    log.append(f"parent got {ra} {rb}")
    return ra + "," + rb


s = Scheduler()
pid = s.spawn(parent())
s.spawn(worker("c", 4, 1))
s.run()
print("\n".join(log))
print(s.results, s.tick)
