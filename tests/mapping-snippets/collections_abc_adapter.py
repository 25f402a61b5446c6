# Snippet for the 'collections.abc' adapter: isinstance checks against built-in values, and the mixin methods' names on them.
from collections.abc import (Hashable, Awaitable, AsyncIterable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection,
                             Callable, Set, MutableSet, Mapping, MappingView, KeysView, ItemsView, ValuesView, MutableMapping, Sequence,
                             MutableSequence)


def gen():
    x = yield 1
    yield x


d = {"a": 1}
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance([], Reversible))
print(isinstance(gen(), Generator), isinstance("", Sized), isinstance((), Container), isinstance({1}, Collection), isinstance(len, Callable))
print(isinstance(frozenset(), Set), isinstance(set(), MutableSet), isinstance(d, Mapping), isinstance(d, MutableMapping), isinstance(d.keys(), MappingView))
print(isinstance(d.keys(), KeysView), isinstance(d.items(), ItemsView), isinstance(d.values(), ValuesView), isinstance((), Sequence), isinstance([], MutableSequence))
print(isinstance(1, Awaitable), isinstance([], AsyncIterable), isinstance((), MutableSequence), isinstance("", Mapping))
g = gen()
print(next(g), g.send(5))
g.close()
try:
    gen().throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError:", e)
s = {1, 2}
print(s.isdisjoint({3}))
s.add(3)
s.discard(9)
s.remove(1)
print(s.pop(), s)
s.clear()
print(d.get("a"), list(d.keys()), list(d.items()), list(d.values()), d.pop("a"), d.setdefault("b", 2), d.popitem(), d)
d.update(c=3)
d.clear()
xs = [3, 1]
xs.insert(0, 9)
xs.append(4)
xs.extend([5])
xs.reverse()
print(xs.pop(), xs.index(3), xs.count(1), xs)
xs.remove(3)
xs.clear()
print(xs, d)
