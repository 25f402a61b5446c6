# Snippet for the 'operator' adapter.
import operator
from operator import itemgetter, attrgetter, methodcaller, add

print(operator.add(2, 3), add("a", "b"), operator.sub(5, 7), operator.mul(3, [0]), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-2), operator.abs(-4.5), operator.matmul.__name__)
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5), operator.rshift(64, 2), operator.invert(5), operator.inv(0))
print(operator.not_(0), operator.truth([]), operator.eq(1, 1.0), operator.ne("a", "b"), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.getitem({"k": 9}, "k"), operator.index(7), operator.is_(None, None), operator.is_not(1, None))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"), operator.length_hint([1, 2, 3]), operator.length_hint("ab"))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.call(max, 3, 8), operator.call(sorted, [2, 1], reverse=True))
acc = [1]
print(operator.iconcat(acc, [2]), acc, operator.iadd(5, 1), operator.isub(5, 1), operator.imul(5, 2), operator.itruediv(5, 2), operator.ifloordiv(5, 2))
print(operator.imod(5, 3), operator.ipow(2, 5), operator.ilshift(1, 3), operator.irshift(16, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), operator.itemgetter(0, 1)(("x", "y", "z")), itemgetter(slice(1, None))("hello"))


class P:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent


print(attrgetter("name")(P("n")), operator.attrgetter("parent.name", "name")(P("c", P("root"))))
print(methodcaller("upper")("abc"), operator.methodcaller("split", ",", 1)("a,b,c"), methodcaller("replace", "a", old="x") if False else "skip")
try:
    operator.matmul(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.imatmul([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)
