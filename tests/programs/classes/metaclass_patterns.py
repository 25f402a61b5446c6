class Meta(type):
    registry = {}
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.registry[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.created = True
    def describe(cls):
        return f"<{cls.__name__} via {type(cls).__name__}>"

class Base(metaclass=Meta):
    def hello(self): return "hi from " + type(self).__name__
class A(Base):
    x = 1
class B(A, flag=True):
    def __init_subclass__(cls, **kw): pass
print(sorted(Meta.registry), type(A).__name__, type(Base) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.describe(), B.created, A().hello(), B.x, issubclass(Meta, type))
print(A.registry is Meta.registry)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name
c1 = Config("one"); c2 = Config("two")
print(c1 is c2, c1.name, c2.name)

class Field:
    def __init__(self, kind): self.kind = kind
class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        for k in fields:
            del ns[k]
        ns["_fields"] = fields
        return super().__new__(mcs, name, bases, ns)
class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, f in self._fields.items():
            setattr(self, k, f.kind(kw.get(k, f.kind())))
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields) + ")"
class User(Model):
    name = Field(str)
    age = Field(int)
print(User(name="ann", age="42"), User(), hasattr(User, "name"), list(User._fields))

Point = type("Point", (), {"x": 0, "norm": lambda self: abs(self.x)})
p = Point(); p.x = -3
print(Point.__name__, p.norm(), type(p).__name__, Point.__doc__)
Sub = type("Sub", (A,), {})
print(type(Sub).__name__, sorted(Meta.registry))

def meta_fn(name, bases, ns):
    ns["tag"] = name.lower()
    return type(name, bases, ns)
class Tagged(metaclass=meta_fn):
    pass
print(Tagged.tag, type(Tagged).__name__)

class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class W(metaclass=Counted):
    pass
W(); W(); print(Counted.count, type(W()).__name__)
try:
    class X(metaclass=Meta, extra=1):
        pass
except TypeError as e:
    print("TypeError", e)
