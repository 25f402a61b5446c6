class Base:
    __count = 0
    def __init__(self):
        Base.__count += 1
        self.__id = Base.__count
    def base_id(self): return self.__id
    @classmethod
    def count(cls): return cls.__count
    def __secret(self): return "base secret"
    def call_secret(self): return self.__secret()
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__id = "derived"
    def derived_id(self): return self.__id
    def __secret(self): return "derived secret"
d = Derived()
print(d.base_id(), d.derived_id(), Base.count(), d.call_secret())
print(sorted(k for k in vars(d)), d._Base__id, d._Derived__id, hasattr(Base, "_Base__count"), hasattr(Base, "__count"))
print(getattr(d, "_Base__secret")(), [k for k in Base.__dict__ if "secret" in k or "count" in k])
class _Under:
    def __init__(self): self.__v = 1
print(vars(_Under()))
class __Dunder:
    def __init__(self): self.__v = 2
print(vars(__Dunder()))
def f(**kw): return sorted(kw)
class K:
    def m(self, __p=3):
        __local = __p * 2
        return __local, f(__kw=1)
print(K().m(), K().m(4))
__hidden = "module-level"
_Q__hidden = "mangled global"
class Q:
    def read(self):
        return __hidden
    def write(self):
        global __made
        __made = 42
        return __made
    __table = {"a": 1}
    keys = list(__table)
print(Q().read(), Q().write(), _Q__made, Q.keys, Q._Q__table)
class R:
    def read(self):
        try:
            return __nothing
        except NameError as e:
            return str(e)
print(R().read())
class Outer:
    class __Inner:
        val = 7
    def get(self): return self.__Inner.val
print(Outer().get(), hasattr(Outer, "_Outer__Inner"))
