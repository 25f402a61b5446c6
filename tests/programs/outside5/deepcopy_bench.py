"""copy.deepcopy / copy.copy of nested structures and objects (pyperformance 'deepcopy' style)."""
import copy


class A:
    def __init__(self, string, number, items, mapping):
        self.string = string
        self.number = number
        self.items = items
        self.mapping = mapping

    def __repr__(self):
        return f"A({self.string!r}, {self.number}, {self.items}, {self.mapping})"


class WithHooks:
    def __init__(self, data):
        self.data = data
        self.copies = 0

    def __copy__(self):
        new = WithHooks(self.data)
        new.copies = self.copies + 1
        return new

    def __deepcopy__(self, memo):
        new = WithHooks(copy.deepcopy(self.data, memo))
        new.copies = self.copies + 100
        return new


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


def build():
    a = {"list": [1, 2, 3, 43], "t": (1, 2, 3), "str": "hello", "subdict": {"a": True}}
    dc = A("hello", 1.5, [1, 2, (3, 4)], {"k": [5, 6]})
    return a, dc


a, dc = build()
total = 0
for i in range(300):
    b = copy.deepcopy(a)
    c = copy.deepcopy(dc)
    total += len(b["list"]) + c.number
print(total)
b = copy.deepcopy(a)
b["list"].append(99)
b["subdict"]["a"] = False
print(a)
print(b)
print(b["t"] is a["t"], b["str"] is a["str"], b["list"] is a["list"])
c = copy.deepcopy(dc)
c.items[2] = "x"
print(dc, c, sep="\n")
sh = copy.copy(dc)
sh.items.append(7)
print(dc.items, sh.items is dc.items)

shared = [1, 2]
outer = [shared, shared, {"s": shared}]
out2 = copy.deepcopy(outer)
print(out2[0] is out2[1], out2[2]["s"] is out2[0], out2[0] is shared)

cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc, len(cc))

root = Node("root")
k1 = root.add(Node("k1"))
k1.add(Node("g1"))
root.add(Node("k2"))
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0].children[0].parent is r2.children[0],
      [ch.name for ch in r2.children], r2 is root)

h = WithHooks([1, [2, 3]])
h2 = copy.copy(h)
h3 = copy.deepcopy(h)
print(h2.copies, h2.data is h.data, h3.copies, h3.data == h.data, h3.data is h.data)

memo = {}
x = [[1], [2]]
y = copy.deepcopy(x, memo)
print(y, len(memo) > 0)
s = {1, 2, 3}
fs = frozenset([1, 2])
print(copy.deepcopy(s), copy.copy(fs) is fs, copy.deepcopy((1, 2)) , copy.deepcopy((1, [2]))) 
print(copy.copy([1, [2]]), copy.copy({"a": [1]}), copy.deepcopy(None), copy.deepcopy(3.5))
