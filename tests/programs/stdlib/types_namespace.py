# types.SimpleNamespace as a lightweight record/config object, and type checks with the types module.
import types
from types import SimpleNamespace


def load_settings(overrides):
    defaults = {"host": "localhost", "port": 8080, "debug": False}
    defaults.update(overrides)
    return SimpleNamespace(**defaults)


cfg = load_settings({"port": 9000})
print(cfg)
print(cfg.host, cfg.port, cfg.debug)
cfg.debug = True
cfg.workers = 4
del cfg.host
print(cfg)
print([k for k in ("host", "port", "debug", "workers") if hasattr(cfg, k)])
print(hasattr(cfg, "host"), getattr(cfg, "workers", 0))
try:
    cfg.missing
except AttributeError:
    print("no attribute 'missing'")

a = SimpleNamespace(x=1, y=[1, 2])
b = SimpleNamespace(x=1, y=[1, 2])
print(a == b, a != b, a == {"x": 1, "y": [1, 2]})
b.y.append(3)
print(a == b, b)

empty = SimpleNamespace()
print(empty, empty == SimpleNamespace())
try:
    SimpleNamespace(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError:
    print("namespaces are unhashable")

# Nested and recursive namespaces
tree = SimpleNamespace(name="root", children=[SimpleNamespace(name="leaf", children=[])])
print(tree)
loop = SimpleNamespace(tag="self")
loop.me = loop
print(loop)


class Point(SimpleNamespace):
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(x=3, y=-4)
print(p, p.norm1(), isinstance(p, SimpleNamespace))

# Counting with a namespace as a mutable accumulator
stats = SimpleNamespace(count=0, total=0)
for value in [4, 8, 15, 16, 23, 42]:
    stats.count += 1
    stats.total += value
print(stats, stats.total / stats.count)


def gen():
    yield 1


g = gen()
print(isinstance(g, types.GeneratorType), type(g) is types.GeneratorType, isinstance([], types.GeneratorType))
print(isinstance(types, types.ModuleType), type(None) is types.NoneType, isinstance(None, types.NoneType))
print(types.SimpleNamespace.__name__, types.GeneratorType.__name__, types.ModuleType.__name__)
