# Snippet for the 'reprlib' adapter (implemented in Python, compiled with the program).
import reprlib
from reprlib import Repr, aRepr, recursive_repr
from collections import deque

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr("x" * 100), reprlib.repr("short"), reprlib.repr("a'b" * 20))
print(reprlib.repr(10 ** 60), reprlib.repr(-(10 ** 45)), reprlib.repr(12345))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr({"b": 1, 2: "a"}))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset("abcdefghij")), reprlib.repr(frozenset()))
print(reprlib.repr(deque(range(10))), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(b"y" * 50), reprlib.repr(3.5))
print(aRepr.maxlist, aRepr.fillvalue, aRepr.maxstring, aRepr.maxother)


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))

r = Repr()
r.maxlist = 2
r.maxlevel = 2
r.fillvalue = "~"
r.maxstring = 10
print(r.repr([1, [2, [3, [4]]], 5]), r.repr("abcdefghijklmnop"), r.repr1([1, 2], 0), r.repr1([], 0))


class MyRepr(Repr):
    def repr_float(self, x, level):
        return "%.1f" % x


print(MyRepr().repr([1.25, 2.75]))


class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []

    @recursive_repr()
    def __repr__(self):
        return "Tree(%s, %r)" % (self.name, self.children)


t = Tree("root")
t.children.append(t)
t.children.append(Tree("leaf"))
print(repr(t), Tree.__repr__.__name__)


class Loop(list):
    @recursive_repr("<loop>")
    def __repr__(self):
        return "Loop" + list.__repr__(self)


lp = Loop([1])
lp.append(lp)
print(repr(lp))
