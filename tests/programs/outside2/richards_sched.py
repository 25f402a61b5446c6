class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    tasks = {}

    def __init__(self, ident, priority, queue):
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.count = 0
        Task.tasks[ident] = self

    def run(self, sched):
        raise NotImplementedError


class Idle(Task):
    def __init__(self, ident, priority, count):
        super().__init__(ident, priority, None)
        self.remaining = count
        self.control = 1

    def run(self, sched):
        self.remaining -= 1
        if self.remaining == 0:
            return None
        if self.control & 1 == 0:
            self.control >>= 1
            return 1
        self.control = (self.control >> 1) ^ 0xD008
        return 2


class Worker(Task):
    def run(self, sched):
        if self.queue is None:
            return None
        pkt = self.queue
        self.queue = pkt.link
        self.count += 1
        pkt.datum = sum(pkt.data) % 26
        return pkt


class Scheduler:
    def __init__(self):
        self.hold = 0
        self.qpkt = 0
        self.log = []

    def schedule(self, rounds):
        order = sorted(Task.tasks.values(), key=lambda t: -t.priority)
        for r in range(rounds):
            for t in order:
                res = t.run(self)
                if res is None:
                    self.hold += 1
                elif isinstance(res, Packet):
                    self.qpkt += 1
                    self.log.append((t.ident, res.ident, res.datum))
                    for other in order:
                        if other is not t and isinstance(other, Worker):
                            res.data = [(d + r) % 7 for d in res.data]
                            other.queue = res.append_to(other.queue)
                            break


def build():
    Task.tasks.clear()
    Idle(0, 0, 500)
    q = None
    for i in range(5):
        q = Packet(None, i, "work").append_to(q)
        q_last = q
    Worker(1, 1000, q)
    Worker(2, 2000, None)
    return Scheduler()


s = build()
s.schedule(300)
print(s.hold, s.qpkt, len(s.log), s.log[:5], s.log[-3:])
print({k: (v.count, type(v).__name__) for k, v in Task.tasks.items()})
