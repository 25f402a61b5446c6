import copy
from dataclasses import dataclass, field


@dataclass
class A:
    string: str
    lst: list
    attr: "B"


@dataclass
class B:
    x: int = 0
    tags: list = field(default_factory=list)


def benchmark(n):
    a = {"list": [1, 2, 3, 43], "t": (1, 2, 3), "str": "hello", "subdict": {"a": True}}
    dc = A("hello", [1, 2, 3], B(5, ["p"]))
    for i in range(n):
        b = copy.deepcopy(a)
        d = copy.deepcopy(dc)
    return b, d


b, d = benchmark(200)
print(b)
print(d)
orig = {"x": [1, [2, 3]], "y": {"z": [4]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["x"][1].append(99)
orig["y"]["z"].append(5)
print(sh)
print(dp)
lst = [1, 2]
shared = [lst, lst]
cp = copy.deepcopy(shared)
print(cp[0] is cp[1], cp[0] is lst)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])


class Node:
    def __init__(self, val):
        self.val = val
        self.children = []

    def __repr__(self):
        return f"Node({self.val}, {self.children})"


root = Node(1)
root.children.append(Node(2))
root.children[0].children.append(Node(3))
r2 = copy.deepcopy(root)
r2.children[0].val = 20
print(root, r2)


class WithCopy:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print("custom copy")
        return WithCopy(list(self.items))

    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return WithCopy([copy.deepcopy(i, memo) for i in self.items])


w = WithCopy([[1], [2]])
w1 = copy.copy(w)
w2 = copy.deepcopy(w)
print(w1.items is w.items, w1.items[0] is w.items[0], w2.items[0] is w.items[0])
t = (1, [2])
print(copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.copy(t) is t)
s = {1, 2, frozenset({3})}
print(sorted(copy.deepcopy(s), key=str))
