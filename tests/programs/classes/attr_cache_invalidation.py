# Attribute reads, method calls and instantiation of plain classes run through per-site and
# per-class caches; each step below changes what a cached site must see.


class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self):
        return self.scale * self.norm1()


def read_scale(p):
    return p.scale


def call_norm(p):
    return p.norm1()


def make(x, y):
    return Point(x, y)


p = Point(3, -4)
print(read_scale(p), call_norm(p), p.scaled())

# A class attribute changed after the read site cached it.
Point.scale = 10
print(read_scale(p), p.scaled())

# An instance attribute shadowing the class attribute, then deleted again.
p.scale = 7
print(read_scale(p), p.scaled())
del p.scale
print(read_scale(p))

# A method replaced on the class after the call site cached it.
def norm_sq(self):
    return self.x * self.x + self.y * self.y

Point.norm1 = norm_sq
print(call_norm(p), p.scaled())

# An instance attribute shadowing the method (a plain function stored on the instance is not bound).
p.norm1 = lambda: "instance lambda"
print(call_norm(p))
del p.norm1
print(call_norm(p))

# The class attribute becomes a method, then a property.
Point.scale = lambda self: "method scale"
print(read_scale(p)())
Point.scale = property(lambda self: "property scale " + str(self.x))
print(read_scale(p))
del Point.scale
try:
    read_scale(p)
except AttributeError as e:
    print("AttributeError:", e)

# Instantiation: __init__ replaced after the class was called, then __new__ added, then removed.
q = make(1, 2)
print(q.x, q.y)

def init_swapped(self, x, y):
    self.x = y
    self.y = x

Point.__init__ = init_swapped
q = make(1, 2)
print(q.x, q.y, list(vars(q)))

def new_counting(cls, *args):
    new_counting.count += 1
    return object.__new__(cls)
new_counting.count = 0

Point.__new__ = new_counting
q = make(5, 6)
print(q.x, q.y, new_counting.count)
q = make(7, 8)
print(q.x, q.y, new_counting.count)

# __init__ defined on a base after a subclass was instantiated.
class Base:
    pass

class Child(Base):
    pass

c = Child()
print(sorted(vars(c)))

def base_init(self, tag="default"):
    self.tag = tag

Base.__init__ = base_init
c = Child("given")
print(vars(c))
del Base.__init__
try:
    Child("extra")
except TypeError as e:
    print("TypeError:", e)

# __init__ returning a value is an error even through the cached path.
class Bad:
    def __init__(self):
        return 1

for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)

# A site that sees several classes (a subclass overriding a method and a class attribute).
class Animal:
    sound = "..."

    def speak(self):
        return "animal " + self.sound

class Dog(Animal):
    sound = "woof"

class Cat(Animal):
    def speak(self):
        return "cat says " + self.sound

for a in [Animal(), Dog(), Cat(), Dog(), Animal()]:
    print(a.speak(), a.sound)


# __dict__ order stays insertion order through the cached stores.
class Rec:
    def __init__(self):
        self.b = 1
        self.a = 2
        self.c = 3

r = Rec()
r.a = 20
del r.b
r.b = 10
print(vars(r), list(r.__dict__))

# Deleting a class attribute that is not there.
try:
    del Rec.missing
except AttributeError as e:
    print("AttributeError:", e)
