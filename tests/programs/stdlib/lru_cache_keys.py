"""functools.lru_cache keys: typed=True separates argument types; untyped, a lone int or str argument is its own key."""
import functools


@functools.lru_cache(maxsize=None, typed=True)
def describe(x, scale=1):
    return f"{type(x).__name__}:{x * scale}"


calls = [(1,), (1.0,), (1,), (True,), (2, 3), (2, 3.0)]
for args in calls:
    if len(args) == 1:
        print(describe(*args))
    else:
        print(describe(args[0], scale=args[1]))
print(describe.cache_info())


@functools.lru_cache(maxsize=None)
def kind(x):
    return type(x).__name__


# (1.0,) and (True,) are equal tuples, but the int 1 is its own key.
print([kind(v) for v in (1.0, True, 1, "a", "a", (1,), 1)])
print(kind.cache_info())


@functools.lru_cache(None, True)
def positional_typed(x):
    return type(x).__name__


print(positional_typed(2), positional_typed(2.0), positional_typed.cache_info())


@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


for n in (3, 4, 3, 5, 4, 3):
    square(n)
print(square.cache_info())


@functools.lru_cache
def count(*args, **kwargs):
    return len(args) + len(kwargs)


print(count(1, 2), count(1, 2), count(1, b=2), count(1, b=2), count.cache_info())
