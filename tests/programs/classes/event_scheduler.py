# Discrete event scheduler with heap-ordered events, __lt__ on events and subclass handlers.
import heapq


class Event:
    seq = 0

    def __init__(self, time, name):
        self.time = time
        self.name = name
        Event.seq += 1
        self.order = Event.seq

    def __lt__(self, other):
        return (self.time, self.order) < (other.time, other.order)

    def fire(self, sim):
        sim.log(f"{self.name}")


class Repeating(Event):
    def __init__(self, time, name, interval, times):
        super().__init__(time, name)
        self.interval, self.times = interval, times

    def fire(self, sim):
        super().fire(sim)
        if self.times > 1:
            sim.schedule(Repeating(self.time + self.interval, self.name, self.interval, self.times - 1))


class Spawner(Event):
    def fire(self, sim):
        sim.log(f"{self.name} spawns children")
        for i in range(3):
            sim.schedule(Event(self.time + (i + 1) * 0.5, f"{self.name}.child{i}"))


class Simulator:
    def __init__(self):
        self.queue = []
        self.now = 0.0
        self.lines = []

    def schedule(self, ev):
        heapq.heappush(self.queue, ev)

    def log(self, msg):
        self.lines.append(f"t={self.now:6.2f} {msg}")

    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            ev.fire(self)
        return len(self.queue)


sim = Simulator()
sim.schedule(Repeating(0, "tick", 1.5, 4))
sim.schedule(Event(2, "alarm"))
sim.schedule(Spawner(1, "root"))
sim.schedule(Event(2, "alarm2"))
sim.schedule(Event(100, "never"))
left = sim.run(10)
print("\n".join(sim.lines))
print("pending:", left)
