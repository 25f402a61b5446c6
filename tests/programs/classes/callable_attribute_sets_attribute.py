# A function stored as an instance attribute is called through the instance and, while it
# runs, sets attributes on that same instance and on its class (the richards benchmark does this).


class Task:
    runs = 0

    def __init__(self, name, fn):
        self.name = name
        self.fn = fn
        self.state = "new"


def step(task, n):
    task.state = "ran %d" % n
    task.fn = other
    Task.runs += 1
    return n * 2


def other(task, n):
    task.state = "other %d" % n
    return -n


t = Task("a", step)
print(t.fn(t, 3), t.state, Task.runs)
print(t.fn(t, 4), t.state, Task.runs)
