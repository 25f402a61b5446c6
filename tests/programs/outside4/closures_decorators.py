import functools
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get())
def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def binom(n, k):
    """binomial"""
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), len(binom.cache), binom.__name__, binom.__doc__)
def retry(times):
    def deco(fn):
        def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        return wrapper
    return deco
state = {"n": 0}
@retry(3)
def flaky(x):
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"n={state['n']}")
    return x * 2
print(flaky(21))
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().hits > 0)
adders = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in late])
p = functools.partial(int, base=2)
print(p("1011"), p("111"), p.func.__name__ if hasattr(p.func, "__name__") else p.func, p.keywords)
def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: f(g(x)), fs)
print(compose(str, lambda x: x * 2, abs)(-21))
def kw_only(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(kw_only(1, c=3))
print(kw_only(1, 9, 8, 7, c=3, e=5, f=6))
print(kw_only(*[1, 2, 3], **{"c": 0, "z": 1}))
def pos_only(a, b, /, c):
    return a - b + c
print(pos_only(5, 3, c=1))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError", e)
@functools.total_ordering
class Ver:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return "v" + ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), Ver("1.0") >= Ver("0.9"), Ver("2") <= Ver("1.9"), max(vs))
