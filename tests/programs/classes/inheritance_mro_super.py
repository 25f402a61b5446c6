"""Cooperative multiple inheritance, mixins, super() chains, class attributes shadowing and __repr__/__str__."""


class Base:
    greeting = "base"

    def __init__(self, **kw):
        self.log = ["Base"]
        super().__init__()

    def hello(self):
        return f"Base.hello({self.greeting})"

    def __str__(self):
        return f"<{type(self).__name__}>"


class LoggingMixin:
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("LoggingMixin")

    def hello(self):
        return "Log(" + super().hello() + ")"


class CacheMixin:
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("CacheMixin")
        self.cache = {}

    def hello(self):
        return "Cache(" + super().hello() + ")"


class Service(LoggingMixin, CacheMixin, Base):
    greeting = "service"

    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
        self.log.append("Service")

    def hello(self):
        return "Service(" + super().hello() + ")"

    def __repr__(self):
        return f"Service({self.name!r})"


s = Service("db")
print(s.log, s.hello(), str(s), repr(s), [c.__name__ for c in Service.__mro__])
print(Service.greeting, Base.greeting, s.greeting)
s.greeting = "instance"
print(s.hello(), Service.greeting)
del s.greeting
print(s.hello())


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.mro()], isinstance(D(), C), issubclass(D, (int, A)))
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Other:
    pass


try:
    class Y(A, D, Other):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Z(Other, D, C, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.instances_seen = Counter.instances

    @classmethod
    def make(cls):
        return cls()


class SubCounter(Counter):
    pass


a, b, c = Counter(), SubCounter.make(), Counter.make()
print(Counter.instances, SubCounter.instances, c.instances_seen, type(b).__name__)


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @c.deleter
    def c(self):
        print("deleting")
        del self._c

    f = property(lambda self: self._c * 9 / 5 + 32)


t = Temperature(25)
t.c = 30
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print(e)
del t.c
print(hasattr(t, "_c"))


class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"


class Tags(list):
    def add(self, t):
        if t not in self:
            self.append(t)
        return self


m = Meters(2.5)
print(repr(m), m + 1, type(m + 1).__name__, Tags().add("x").add("y").add("x"), isinstance(Tags(), list), len(Tags([1, 2])))
