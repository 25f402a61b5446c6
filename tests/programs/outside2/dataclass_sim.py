from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional
import random


@dataclass(order=True)
class Event:
    time: float
    priority: int
    name: str = field(compare=False)
    payload: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass
class Customer:
    id: int
    arrival: float
    service_time: float
    start: Optional[float] = None
    end: Optional[float] = None

    @property
    def wait(self):
        return (self.start or 0.0) - self.arrival


@dataclass(frozen=True)
class Config:
    servers: int = 2
    customers: int = 20
    seed: int = 7


@dataclass
class Stats:
    served: int = 0
    total_wait: float = 0.0
    waits: List[float] = field(default_factory=list)

    def record(self, c: Customer):
        self.served += 1
        self.total_wait += c.wait
        self.waits.append(round(c.wait, 3))


def simulate(cfg: Config):
    import heapq
    rng = random.Random(cfg.seed)
    t = 0.0
    events = []
    customers = []
    for i in range(cfg.customers):
        t += rng.expovariate(1.0)
        c = Customer(i, t, rng.uniform(0.5, 2.5))
        customers.append(c)
        heapq.heappush(events, Event(t, 1, "arrive", {"cust": i}))
    free = cfg.servers
    queue = []
    stats = Stats()
    while events:
        ev = heapq.heappop(events)
        if ev.name == "arrive":
            queue.append(customers[ev.payload["cust"]])
        else:
            free += 1
            stats.record(customers[ev.payload["cust"]])
        while free and queue:
            c = queue.pop(0)
            c.start = ev.time
            c.end = ev.time + c.service_time
            free -= 1
            heapq.heappush(events, Event(c.end, 0, "depart", {"cust": c.id}))
    return stats, customers


cfg = Config()
stats, custs = simulate(cfg)
print(cfg, stats.served, round(stats.total_wait, 4))
print(custs[0])
print(asdict(custs[1]))
print(astuple(Config(3, 5, 1)))
cfg2 = replace(cfg, servers=4)
print(cfg2, cfg2 == cfg, cfg2 == Config(4, 20, 7), hash(cfg2) == hash(Config(4, 20, 7)))
try:
    cfg.servers = 9
except Exception as e:
    print(type(e).__name__, e)
print([f.name for f in fields(Event)])
e1, e2 = Event(1.0, 2, "a"), Event(1.0, 1, "b")
print(e1 < e2, sorted([e1, e2])[0].name, e1 == Event(1.0, 2, "zzz"))
print(Event(0.5, 1, "x", {"k": 1}))
s3, _ = simulate(Config(servers=3, customers=30, seed=1))
print(s3.served, s3.waits[:6])
