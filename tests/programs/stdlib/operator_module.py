# operator module: itemgetter/attrgetter/methodcaller, arithmetic functions, in-place ops.
import operator as op
from functools import reduce


class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def __repr__(self):
        return self.name


staff = [Emp("zed", "ops", 50), Emp("amy", "eng", 70), Emp("bo", "eng", 65), Emp("cat", "ops", 80)]
print(sorted(staff, key=op.attrgetter("dept", "salary")))
print(list(map(op.attrgetter("name"), staff)), op.attrgetter("name", "salary")(staff[0]))
rows = [("b", 2, 9.5), ("a", 2, 1.5), ("c", 1, 3.0)]
print(sorted(rows, key=op.itemgetter(1, 0)), op.itemgetter(0, 2)(rows[0]), op.itemgetter(slice(1, None))(rows[0]))
print(list(map(op.methodcaller("upper"), ["a", "b"])), op.methodcaller("split", ",")("x,y,z"))
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.neg(5), op.not_(0), op.truth([]), op.eq(1, 1.0), op.lt("a", "b"))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 8), op.index(7))
print(op.concat([1], [2]), op.contains("team", "ea"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
lst = [1, 2]
print(op.iadd(lst, [3]), lst, op.getitem({"k": "v"}, "k"))
d = {}
op.setitem(d, "a", 1)
print(d, reduce(op.mul, range(1, 8)), op.is_(None, None), op.is_not(1, None))
