# One call site `o.m(...)` meeting methods, callables stored on instances, instances of different
# shapes (the callable at different dict positions, dicts over 8 entries), and shadowing that
# appears and disappears; plus dict item reads with str/int/tuple keys and missing keys.


class Base:
    def m(self, x):
        return ("Base.m", x)


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)

    def m(self, x):
        return ("Wide.m", x, len(vars(self)))


def free(x):
    return ("free", x)


def call_all(objs):
    out = []
    for o in objs:
        out.append(o.m(len(out)))
    return out


b1 = Base()
b2 = Base()
b2.m = free
w = Wide(12)
w2 = Wide(3)
w2.m = lambda x: ("lambda", x)
w3 = Wide(10)
w3.m = free
for row in call_all([b1, b2, w, w2, w3, b1, w3, w2, b2]):
    print(row)

del b2.m
del w3.m
print(call_all([b2, w3, b2]))
w3.a0 = "changed"
w3.m = print
w3.m("printed via instance attribute", len(vars(w3)))
Base.m = lambda self, x: ("patched", x)
print(call_all([b1, b2]))

d = {"count": 3, 7: "seven", (1, 2): "pair"}
for k in ["count", 7, (1, 2), 7.0, True, "missing"]:
    try:
        print(repr(k), d[k])
    except KeyError as e:
        print("KeyError", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Key) and other.v == self.v


d2 = {Key(1): "one"}
print(d2[Key(1)])
try:
    d2[Key(2)]
except KeyError:
    print("KeyError for Key(2)")
