class Registry:
    plugins = {}

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[key or cls.__name__.lower()] = cls


class Csv(Registry, key="csv"):
    pass


class Json(Registry):
    pass


print(sorted(Registry.plugins), Registry.plugins["csv"].__name__)


class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._fields[name] = value

    def __delattr__(self, name):
        del self._fields[name]

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._fields.items())
        return f"Record({inner})"


r = Record(a=1, b="x")
r.c = 3.5
print(r, r.a, r.c)
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    r._x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = list(coeffs)

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))

    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return " + ".join(reversed(terms)) or "0"


p = Polynomial(1, 0, 2)
print(p, p(3), list(map(p, range(4))), callable(p), callable(5))


class Singleton:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.init_count = 0
        return cls._inst

    def __init__(self, v):
        self.init_count += 1
        self.v = v


a, b = Singleton(1), Singleton(2)
print(a is b, a.v, a.init_count)


def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls


@add_repr
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Pt(1, 2), [Pt(0, 0)])


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.created_by, type(WithMeta).__name__)


class Temperature:
    def __init__(self):
        self._c = 0

    def _get_f(self):
        return self._c * 9 / 5 + 32

    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9

    fahrenheit = property(_get_f, _set_f, doc="F")


t = Temperature()
t.fahrenheit = 212
print(t._c, t.fahrenheit, type(Temperature.fahrenheit).__name__)


class Base:
    def hello(self):
        return "base"


class Left(Base):
    def hello(self):
        return "left+" + super().hello()


class Right(Base):
    def hello(self):
        return "right+" + super().hello()


class Diamond(Left, Right):
    pass


print(Diamond().hello(), [c.__name__ for c in Diamond.__mro__])
print(type(3).__name__, type("s") is str, isinstance(True, int), Diamond.__bases__[0].__name__)
obj = type("Dyn", (Base,), {"z": 9})()
print(obj.z, obj.hello(), type(obj).__name__)


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


sq = Seq(6)
print(list(sq), sq[2:5], sq[::-2], sq[-1], 16 in sq, list(reversed(sq)))
