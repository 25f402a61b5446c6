# copy: shallow vs deep copies of nested structures, __copy__/__deepcopy__ hooks, shared refs.
import copy

original = {"name": "cfg", "values": [1, 2, [3, 4]], "meta": {"tags": ["a"]}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["values"][2].append(5)
original["meta"]["tags"].append("b")
original["name"] = "changed"
print(shallow)
print(deep)
print(shallow["values"] is original["values"], deep["values"] is original["values"])
shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
        self.copies = 0

    def __copy__(self):
        new = Node(self.value, self.children)
        new.copies = self.copies + 1
        return new

    def __deepcopy__(self, memo):
        new = Node(copy.deepcopy(self.value, memo), copy.deepcopy(self.children, memo))
        new.copies = self.copies + 100
        return new


n = Node("root", [Node("a"), Node("b")])
c1, c2 = copy.copy(n), copy.deepcopy(n)
print(c1.copies, c2.copies, c1.children is n.children, c2.children is n.children)
print([ch.copies for ch in c2.children], [ch.value for ch in c2.children])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is cyc, len(dc))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
