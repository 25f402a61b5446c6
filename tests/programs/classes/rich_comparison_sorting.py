# Sorting objects: __lt__ only (sorted uses it), key functions, stability, reverse, and attrgetter.
from operator import attrgetter


class Task:
    def __init__(self, name, prio, order):
        self.name, self.prio, self.order = name, prio, order

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"{self.name}({self.prio})"


tasks = [Task("write", 2, 0), Task("read", 1, 1), Task("test", 2, 2), Task("ship", 3, 3), Task("plan", 1, 4)]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(sorted(tasks, key=attrgetter("name")))
print(sorted(tasks, key=lambda t: (-t.prio, t.name)))
print(min(tasks), max(tasks))
tasks.sort(key=lambda t: t.name)
tasks.sort(key=lambda t: t.prio)
print(tasks)
print(Task("a", 1, 0) > Task("b", 0, 0))
try:
    Task("a", 1, 0) <= Task("b", 0, 0)
except TypeError:
    print("TypeError: <= not supported")
