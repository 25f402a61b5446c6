# Snippet for the 'types' adapter (SimpleNamespace and the type objects of built-in kinds).
import types
from types import SimpleNamespace, GeneratorType, CoroutineType, AsyncGeneratorType, ModuleType, NoneType


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


ns = SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns.z, ns == SimpleNamespace(x=1, y="two", z=[3]))
del ns.y
print(ns, types.SimpleNamespace() == SimpleNamespace())
g = gen()
print(isinstance(g, GeneratorType), type(g) is types.GeneratorType, GeneratorType.__name__)
c = coro()
print(isinstance(c, CoroutineType), CoroutineType.__name__)
c.close()
print(isinstance(agen(), AsyncGeneratorType), AsyncGeneratorType.__name__)
print(isinstance(types, ModuleType), ModuleType.__name__, type(None) is NoneType, NoneType.__name__)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
