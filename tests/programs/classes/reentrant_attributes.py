# Attribute writes that re-enter the object being read: a callable stored on the instance that
# sets attributes of that instance, property setters and getters that write other attributes,
# __setattr__ and __getattr__ hooks that call back into the same object, and a class attribute
# rebound from inside a class-level function.


class Task:
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn
        self.runs = 0
        self.log = []

    def step(self):
        return self.fn(self)


def bump(task):
    task.runs += 1
    task.last = task.name + "#" + str(task.runs)
    task.fn = bump_again
    return task.last


def bump_again(task):
    task.runs += 10
    task.fn = bump
    return "again:" + str(task.runs)


class Temperature:
    def __init__(self, c):
        self.history = []
        self.celsius = c

    @property
    def celsius(self):
        self.reads = getattr(self, "reads", 0) + 1
        return self._c

    @celsius.setter
    def celsius(self, value):
        self.history.append(value)
        self._c = value
        self.fahrenheit = value * 9 / 5 + 32


class Recorder:
    def __init__(self):
        object.__setattr__(self, "writes", [])

    def __setattr__(self, name, value):
        self.writes.append(name)
        object.__setattr__(self, name, value)
        if name != "echo":
            self.echo = value

    misses = 0

    def __getattr__(self, name):
        Recorder.misses = Recorder.misses + 1
        self.last_miss = name
        return "missing:" + name


class Box:
    def __init__(self):
        self._items = ["seed"]
        self.deleted = 0

    @property
    def items(self):
        return self._items

    @items.deleter
    def items(self):
        self.deleted += 1
        self._items = []

    @property
    def size(self):
        return len(self._items)

    @items.setter
    def items(self, value):
        self._items = list(value)


class Counter:
    total = 0

    @classmethod
    def add(cls, n):
        cls.total = cls.total + n
        cls.last = n
        return cls.total


def main():
    t = Task("alpha", bump)
    for _ in range(5):
        print(t.step(), t.runs, getattr(t, "last", None))
    t.fn = lambda me: setattr(me, "fn", bump) or "lambda set fn"
    print(t.step(), t.step())

    temp = Temperature(20)
    temp.celsius = 25
    temp.celsius += 5
    print(temp.celsius, temp.fahrenheit, temp.history, temp.reads)

    r = Recorder()
    r.x = 1
    r.y = "two"
    print(r.writes, r.x, r.y, r.echo)
    print(r.nothing, r.other, Recorder.misses, r.last_miss, r.writes)

    for i in range(4):
        print(Counter.add(i), Counter.last)
    c = Counter()
    c.total = -1
    print(c.total, Counter.total)

    box = Box()
    box.items = "abc"
    print(box.items, box.size)
    del box.items
    print(box.items, box.size, box.deleted)
    box.items = (1, 2)
    del box.items
    print(box.items, box.deleted)
    for action in ("set", "del"):
        try:
            if action == "set":
                box.size = 3
            else:
                del box.size
        except AttributeError as e:
            print("AttributeError:", e)


main()
