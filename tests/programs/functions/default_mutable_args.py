# The mutable-default pitfall, None sentinels, defaults evaluated once, and a cache in a default.


def append_bad(x, items=[]):
    items.append(x)
    return items


def append_good(x, items=None):
    if items is None:
        items = []
    items.append(x)
    return items


def fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = fib(n - 1) + fib(n - 2)
    return _cache[n]


_MISSING = object()


def get(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default


base = 10


def add_base(x, b=base):
    return x + b


print(append_bad(1), append_bad(2), append_bad(3))
print(append_good(1), append_good(2), append_good(3, [0]))
print(fib(50), len(fib.__defaults__[0]))
print(get({"a": 1}, "a"), get({}, "b", None), get({}, "c", 0))
try:
    get({}, "zzz")
except KeyError as e:
    print("KeyError", e)
base = 20
print(add_base(1), add_base(1, base))
print(append_bad.__defaults__)
