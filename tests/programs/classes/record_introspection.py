# Records that describe themselves through __dict__, value objects that are unhashable because they
# define __eq__ only, and error reports that keep the failed exceptions with their tracebacks.


class Record:
    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)

    def __repr__(self):
        body = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({body})"

    def as_dict(self):
        return dict(self.__dict__)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class HashedPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


def parse(line):
    name, _, qty = line.partition("=")
    if not name:
        raise ValueError(f"missing name in {line!r}")
    return name.strip(), int(qty)


r = Record(sku="A-1", qty=3)
r.price = 2.5
print(r, sorted(r.__dict__), len(r.__dict__))
snapshot = r.as_dict()
snapshot["qty"] = 99
print(r.qty, snapshot["qty"], "price" in r.__dict__)

print(Point.__hash__ is None, HashedPoint.__hash__ is None, Point(1, 2) == Point(1, 2))
try:
    {Point(0, 0): "origin"}
except TypeError as e:
    print("TypeError:", e)
points = {HashedPoint(1, 2), HashedPoint(1, 2), HashedPoint(2, 1)}
print(len(points), HashedPoint(2, 1) in points)

failures = []
for line in ["apples=3", "=4", "pears=x", "plums=7"]:
    try:
        print("parsed", parse(line))
    except ValueError as e:
        failures.append(e)
print(len(failures), [type(e).__name__ for e in failures])
print(all(e.__traceback__ is not None for e in failures), ValueError("new").__traceback__)
tb = failures[0].__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
err = KeyError("sku")
print(err.with_traceback(None) is err, err.__traceback__, repr(err))

sizes = [[1, 2, 3].__len__(), "hello".__len__(), {"a": 1}.__len__(), range(4).__len__()]
print(sizes, [5, 6].__contains__(6), (-7).__abs__(), "x".__repr__())
