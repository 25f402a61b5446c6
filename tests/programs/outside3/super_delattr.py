# super().__setattr__ / super().__delattr__ from a class's own hooks (audit log pattern).
class Audited:
    def __init__(self, name):
        self.name = name
        self._secret = 0

    @property
    def secret(self):
        return self._secret

    @secret.setter
    def secret(self, v):
        print("  property setter", v)
        self._secret = v * 2

    def __setattr__(self, k, v):
        print("set", k, repr(v))
        super().__setattr__(k, v)

    def __delattr__(self, k):
        print("del", k)
        if k == "name":
            raise AttributeError("name is permanent")
        super().__delattr__(k)


a = Audited("box")
a.size = 3
a.secret = 21
print(a.secret, a._secret)
del a.size
print(sorted(vars(a)))
try:
    del a.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "size"), a.name)


class Base:
    def __delattr__(self, k):
        print("Base.__delattr__", k)
        object.__delattr__(self, k)


class Child(Base):
    def __delattr__(self, k):
        print("Child.__delattr__", k)
        super().__delattr__(k)


c = Child()
c.x = 1
c.y = 2
del c.x
print(vars(c))
