# Observer pattern with explicit subscribe/unsubscribe (no weak references), property-driven
# notifications and a computed-value cache invalidated by changes.


class Observable:
    def __init__(self):
        self._observers = []

    def subscribe(self, fn):
        self._observers.append(fn)
        return lambda: self._observers.remove(fn)

    def notify(self, name, old, new):
        for fn in list(self._observers):
            fn(self, name, old, new)


def observed(name):
    attr = "_" + name

    def getter(self):
        return getattr(self, attr)

    def setter(self, value):
        old = getattr(self, attr, None)
        if old != value:
            setattr(self, attr, value)
            self._cache.clear()
            self.notify(name, old, value)

    return property(getter, setter)


class Rectangle(Observable):
    width = observed("width")
    height = observed("height")

    def __init__(self, w, h):
        super().__init__()
        self._cache = {}
        self._width, self._height = w, h

    @property
    def area(self):
        if "area" not in self._cache:
            print("    (computing area)")
            self._cache["area"] = self.width * self.height
        return self._cache["area"]


log = []
r = Rectangle(3, 4)
unsubscribe = r.subscribe(lambda obj, n, old, new: log.append(f"{n}: {old} -> {new}"))
r.subscribe(lambda obj, n, old, new: log.append(f"area now {obj.area}"))
print(r.area, r.area)
r.width = 5
r.width = 5
r.height = 10
unsubscribe()
r.height = 1
print(log)
print(r.area, type(Rectangle.width).__name__)
