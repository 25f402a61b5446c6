class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.kelvin = 5
    print("kelvin set", t.kelvin)
except AttributeError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))
class Typed:
    def __init__(self, name, typ):
        self.name, self.typ = name, typ
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name} must be {self.typ.__name__}, got {type(value).__name__}")
        setattr(obj, self.attr, value)
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"
p = Person("Ann", 30)
print(p, p.__dict__ if hasattr(p, "__dict__") else None)
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(type(Person.__dict__["name"]).__name__, Person.name.attr)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        setattr(obj, self.fn.__name__, v)
        return v
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return sum(range(1000))
d = Data()
print(d.expensive, d.expensive, Data.calls)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __iter__(self):
        yield self.x; yield self.y
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
v = Vec(3, 4)
print(abs(v), -v, list(v), 2 * v, v * 0.5, v @ Vec(1, 1))
v += Vec(1, 1)
print(v, Vec.__slots__)
class Meta:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"no {name}")
m = Meta()
print(m.get_foo(), m.get_bar())
try:
    m.other
except AttributeError as e:
    print("AttributeError:", e)
class Cnt:
    def __init__(self):
        self.__dict__["log"] = []
    def __setattr__(self, k, v):
        self.log.append(k)
        super().__setattr__(k, v)
c = Cnt(); c.a = 1; c.b = 2; c.a = 3
print(c.log, c.a, c.b)
class Private:
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
pv = Private()
print(pv.reveal(), pv._Private__secret, hasattr(pv, "__secret"))
