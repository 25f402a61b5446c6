# Snippet for the 'types' adapter (SimpleNamespace and the type objects of built-in kinds).
import types
from types import SimpleNamespace, GeneratorType, CoroutineType, AsyncGeneratorType, ModuleType, NoneType
from types import FunctionType, LambdaType, MethodType, BuiltinFunctionType, BuiltinMethodType


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


class Greeter:
    def hello(self):
        return "hi"

    @classmethod
    def make(cls):
        return cls()


greeter = Greeter()
print(isinstance(gen, FunctionType), isinstance(lambda: 0, LambdaType), FunctionType is LambdaType, FunctionType.__name__)
print(isinstance(greeter.hello, MethodType), isinstance(Greeter.make, MethodType), isinstance(Greeter.hello, MethodType), MethodType.__name__)
print(type(greeter.hello).__name__, type(Greeter.hello).__name__, type(len).__name__, type([].append).__name__)
print(isinstance(len, BuiltinFunctionType), isinstance([].append, BuiltinMethodType), BuiltinFunctionType is BuiltinMethodType, BuiltinFunctionType.__name__)
print(repr(greeter.hello).startswith("<bound method Greeter.hello of <__main__.Greeter object at 0x"), repr([].append).startswith("<built-in method append of list object at 0x"))
print(repr(object()).startswith("<object object at 0x"), str(object()).startswith("<object object at 0x"))
