"""Classes that override __new__: a singleton, an instance cache, a counter and validation before __init__."""


class Config:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating the one Config")
            cls._instance = super().__new__(cls)
            cls._instance.values = {}
        return cls._instance

    def __init__(self, **overrides):
        self.values.update(overrides)


class Color:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key in cls._cache:
            return cls._cache[key]
        obj = object.__new__(cls)
        obj.name = key
        cls._cache[key] = obj
        return obj

    def __repr__(self):
        return f"Color({self.name!r})"


class Tracked:
    created = 0

    def __new__(cls, *args):
        cls.created += 1
        return super().__new__(cls)

    def __init__(self, label):
        self.label = label


class Special(Tracked):
    def __init__(self, label, level):
        super().__init__(label)
        self.level = level


class Positive:
    def __new__(cls, value):
        if value <= 0:
            raise ValueError(f"{value} is not positive")
        return super().__new__(cls)

    def __init__(self, value):
        self.value = value


class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 0
        return super().__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__ runs for", kind)
        self.kind = kind


a = Config(debug=True)
b = Config(level=3)
print(a is b, sorted(a.values.items()))

reds = [Color("Red"), Color("RED"), Color("red")]
print(reds, all(c is reds[0] for c in reds), len(Color._cache))
print(Color("blue") is Color("Blue"), sorted(Color._cache))

items = [Tracked("a"), Special("b", 2), Tracked("c")]
print(Tracked.created, Special.created, [t.label for t in items], items[1].level)

for v in (5, -1, 2):
    try:
        p = Positive(v)
        print("ok", p.value)
    except ValueError as e:
        print("ValueError:", e)

print(Factory("int"), Factory("obj").kind)
bare = Positive.__new__(Positive, 7)
print(type(bare).__name__, hasattr(bare, "value"))
