# An annotated task scheduler in the spirit of the Richards benchmark, at a small size: tasks with
# priorities exchanging packets through typed queues.
from __future__ import annotations
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Packet:
    dest: int
    kind: str
    payload: list[int] = field(default_factory=list)


@dataclass
class Task:
    ident: int
    priority: int
    inbox: list[Packet] = field(default_factory=list)
    handled: int = 0
    held: bool = False

    def runnable(self) -> bool:
        return not self.held and bool(self.inbox)


class Scheduler:
    def __init__(self) -> None:
        self.tasks: dict[int, Task] = {}
        self.sent: int = 0
        self.steps: int = 0

    def add(self, task: Task) -> None:
        self.tasks[task.ident] = task

    def send(self, packet: Packet) -> None:
        self.sent += 1
        self.tasks[packet.dest].inbox.append(packet)

    def pick(self) -> Optional[Task]:
        ready = [t for t in self.tasks.values() if t.runnable()]
        if not ready:
            return None
        return max(ready, key=lambda t: (t.priority, -t.ident))

    def run(self, limit: int) -> None:
        while self.steps < limit:
            task = self.pick()
            if task is None:
                return
            self.steps += 1
            packet = task.inbox.pop(0)
            task.handled += 1
            self.handle(task, packet)

    def handle(self, task: Task, packet: Packet) -> None:
        if packet.kind == "work":
            total = sum(packet.payload) % 97
            nxt = 2 if task.ident == 1 else 3
            self.send(Packet(nxt, "data", [total, len(packet.payload)]))
        elif packet.kind == "data":
            if packet.payload[0] % 3 == 0:
                self.tasks[3].held = not self.tasks[3].held
            if packet.payload[0] > 10:
                self.send(Packet(1, "work", [x + 1 for x in packet.payload]))
            else:
                self.send(Packet(4, "log", packet.payload))
        elif packet.kind == "log":
            if task.handled % 5 == 0:
                self.tasks[3].held = False


s = Scheduler()
for ident, prio in [(1, 10), (2, 20), (3, 30), (4, 5)]:
    s.add(Task(ident, prio))
for seed in range(8):
    s.send(Packet(1, "work", [seed * 7 + k for k in range(5)]))
s.run(5000)
print("steps", s.steps, "sent", s.sent)
for t in s.tasks.values():
    print(t.ident, t.handled, len(t.inbox), t.held)
