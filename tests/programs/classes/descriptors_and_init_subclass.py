# Data descriptors (__get__/__set__/__set_name__), property setters, __init_subclass__ with class
# keywords, and plugin registration through it.


class Bounded:
    def __init__(self, low, high):
        self.low, self.high = low, high

    def __set_name__(self, owner, name):
        self.slot = "_" + name
        self.label = f"{owner.__name__}.{name}"

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.low)

    def __set__(self, obj, value):
        if not self.low <= value <= self.high:
            raise ValueError(f"{self.label} must be in [{self.low}, {self.high}], got {value}")
        setattr(obj, self.slot, value)


class Plugin:
    registry = {}

    def __init_subclass__(cls, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__] = kind


class Volume(Plugin, kind="audio"):
    level = Bounded(0, 11)

    def __init__(self, level):
        self.level = level

    @property
    def loud(self):
        return self.level > 7

    @loud.setter
    def loud(self, flag):
        self.level = 10 if flag else 3


class Logger(Plugin):
    pass


v = Volume(5)
print(v.level, v.loud, Volume.level.label)
v.level += 4
print(v.level, v.loud)
v.loud = False
print(v.level)
for bad in (12, -1):
    try:
        v.level = bad
    except ValueError as e:
        print(e)
print(sorted(Plugin.registry.items()))
try:
    class Broken(kind="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
