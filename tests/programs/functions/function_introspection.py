# A small plugin registry that relies on function introspection: names, docstrings, defaults,
# keyword-only defaults, code objects, closures, wraps metadata and lru_cache statistics.
import functools

REGISTRY = {}


def plugin(category):
    def register(fn):
        REGISTRY.setdefault(category, []).append(fn)
        fn.category = category
        return fn
    return register


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@plugin("text")
@traced
def shout(text, times=1, *, suffix="!"):
    """Upper-case the text."""
    return (text.upper() + suffix) * times


@plugin("text")
def whisper(text, /, fill="."):
    return text.lower() + fill * 3


@plugin("math")
@functools.lru_cache(maxsize=32)
def partitions(n, k=None):
    """Count integer partitions of n with parts at most k."""
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def make_scaler(factor, offset=0):
    history = []

    def scale(x):
        history.append(x)
        return x * factor + offset
    return scale


for category in sorted(REGISTRY):
    for fn in REGISTRY[category]:
        doc = fn.__doc__ or "(no doc)"
        print(f"{category:5} {fn.__name__:10} {fn.__qualname__:10} {doc}")

print(shout("hi"), shout("go", 2, suffix="?"), shout.calls, shout.category)
print(shout.__wrapped__.__name__, shout.__defaults__, shout.__kwdefaults__)
print(whisper("QUIET"), whisper.__defaults__, whisper.__kwdefaults__, whisper.__code__.co_posonlyargcount)
code = shout.__wrapped__.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_freevars)

print([partitions(n) for n in range(10)])
info = partitions.cache_info()
print(info.hits > 0, info.misses, info.maxsize, info.currsize == info.misses)
print(partitions.__name__, partitions.__doc__.split()[0])
partitions.cache_clear()
print(partitions.cache_info())

double = make_scaler(2, offset=1)
print(double(5), double(7), double.__closure__ is not None, double.__code__.co_freevars)
print(sorted(c.cell_contents if not isinstance(c.cell_contents, list) else len(c.cell_contents)
             for c in double.__closure__))
print(make_scaler.__closure__, make_scaler.__defaults__, make_scaler.__module__)

print(type(len).__name__, repr(len), type(shout).__name__, callable(shout))
print([1, 2, 3].__len__(), "abc".__contains__("b"), (5).__abs__(), {"a": 1}.__getitem__("a"))
it = iter([10, 20])
print(it.__next__(), hasattr(it, "__next__"), hasattr(5, "__len__"))
