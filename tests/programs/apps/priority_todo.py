# A to-do manager: tasks with priorities, due days, tags; commands applied from a script; views.
from dataclasses import dataclass, field
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    due: int
    priority: Priority = Priority.NORMAL
    tags: set = field(default_factory=set, compare=False)
    done: bool = False

    def __post_init__(self):
        self.sort_key = (-self.priority, self.due, self.title)


class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, title, due, priority="NORMAL", *tags):
        self.tasks.append(Task(title, due, Priority[priority], set(tags)))

    def complete(self, title):
        for t in self.tasks:
            if t.title == title:
                t.done = True
                return True
        return False

    def agenda(self, today):
        pending = sorted(t for t in self.tasks if not t.done)
        for t in pending:
            flag = "OVERDUE" if t.due < today else "today" if t.due == today else f"in {t.due - today}d"
            yield f"[{t.priority.name:6}] {t.title:<18} {flag:8} {','.join(sorted(t.tags))}"

    def by_tag(self):
        out = {}
        for t in self.tasks:
            for tag in t.tags:
                out.setdefault(tag, []).append(t.title)
        return {k: sorted(v) for k, v in sorted(out.items())}


todo = TodoList()
todo.add("write report", 3, "HIGH", "work")
todo.add("buy milk", 1, "LOW", "home", "shopping")
todo.add("fix bug #42", 2, "HIGH", "work", "urgent")
todo.add("call mom", 2, "NORMAL", "home")
todo.add("book flights", 10, "NORMAL", "travel", "shopping")
todo.complete("call mom")
print(todo.complete("nonexistent"))
for line in todo.agenda(today=2):
    print(line)
print(todo.by_tag())
print(sum(t.done for t in todo.tasks), len(todo.tasks))
