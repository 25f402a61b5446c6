# Snippet for the 'copy' adapter.
import copy
from copy import deepcopy

nested = {"a": [1, 2, [3, 4]], "b": (5, [6])}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"][2].append(99)
nested["b"][1].append(7)
print(shallow, shallow["a"] is nested["a"])
print(deep, deep["a"] is nested["a"])
xs = [[1], [2]]
ys = copy.copy(xs)
zs = deepcopy(xs)
xs[0].append(3)
print(ys, zs, ys is xs, ys[0] is xs[0], zs[0] is xs[0])
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy("text"), copy.copy(5), copy.deepcopy({1, 2}) == {1, 2})
shared = [0]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(q.x, q.y, r.y, q is p)
