# collections.abc: type checks on builtins and user classes, and ABCs as mixin base classes.
from collections.abc import (Callable, Container, Generator, Hashable, Iterable, Iterator, Mapping,
                             MutableMapping, MutableSequence, Sequence, Set, Sized)


def describe(value):
    kinds = []
    for name, abc in [("Iterable", Iterable), ("Iterator", Iterator), ("Sized", Sized), ("Container", Container),
                      ("Sequence", Sequence), ("Mapping", Mapping), ("Set", Set), ("Hashable", Hashable),
                      ("Callable", Callable), ("Generator", Generator)]:
        if isinstance(value, abc):
            kinds.append(name)
    return kinds


def gen():
    yield 1


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


for value in [[1, 2], (1,), "ab", {"a": 1}, {1, 2}, frozenset(), range(3), b"x", 42, 3.5, None,
              iter([1]), gen(), lambda: 0, Countdown(2), Point(1, 2), {}.keys()]:
    print(type(value).__name__, describe(value))

print(isinstance(len, Callable), isinstance(print, Hashable), callable(Countdown))
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), issubclass(dict, MutableMapping))
print(issubclass(Countdown, Iterator), issubclass(Point, Hashable), issubclass(int, Hashable))


class Registry(MutableMapping):
    """A case-insensitive dict built on MutableMapping's mixins."""

    def __init__(self, **items):
        self._data = {}
        self.update(items)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry(Alpha=1, beta=2)
r["GAMMA"] = 3
print(len(r), "ALPHA" in r, "delta" in r, r.get("Beta"), r.get("x", "missing"))
print(sorted(r.keys()), sorted(r.values()), sorted(r.items()))
print(r.setdefault("Delta", 4), r.pop("alpha"), r.pop("nope", None))
print(dict(r), r == {"beta": 2, "gamma": 3, "delta": 4}, isinstance(r, Mapping))
r.update([("Eps", 5)], zeta=6)
print(list(r), r.popitem())
r.clear()
print(len(r), dict(r))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


sq = Squares(6)
print(list(sq), list(reversed(sq)), 16 in sq, 15 in sq)
print(sq.index(9), sq.count(4), sq.count(5))
try:
    sq.index(7)
except ValueError as e:
    print("ValueError", repr(e))


class Incomplete(Mapping):
    def __getitem__(self, key):
        return key


try:
    Incomplete()
except TypeError as e:
    print(e)
