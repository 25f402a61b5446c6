def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed


def bench_dict(n):
    d = {}
    g = lcg(1)
    for _ in range(n):
        k = next(g) % 5000
        d[k] = d.get(k, 0) + 1
    return len(d), sum(k * v for k, v in d.items()) % 1000003


def bench_str(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:x}")
    s = "-".join(parts)
    return len(s), s.count("a"), hash(s) == hash("-".join(parts)), s[-12:]


def bench_float(n):
    x = 0.0
    for i in range(1, n):
        x += (-1) ** i / (2 * i + 1)
    return round(4 * (1 - x) if False else 4 * (1 + x), 10)


def bench_list(n):
    a = list(range(n))
    for i in range(0, n, 3):
        a[i] = -a[i]
    a.sort(key=abs, reverse=True)
    b = [x * 2 for x in a if x % 7]
    return sum(b), a[:5], len(b), max(b), min(b)


def bench_sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(flags), sum(i for i, f in enumerate(flags) if f) % 65536


def bench_objects(n):
    class P:
        __slots__ = ("x", "y")

        def __init__(self, x, y):
            self.x = x
            self.y = y

    pts = [P(i % 17, i % 13) for i in range(n)]
    acc = 0
    for p in pts:
        acc = (acc * 31 + p.x * p.y) % 1000000007
    return acc


def bench_recursion(n):
    def ack(m, k):
        if m == 0:
            return k + 1
        if k == 0:
            return ack(m - 1, 1)
        return ack(m - 1, ack(m, k - 1))
    return [ack(2, i) for i in range(n)]


checksum = 0
for name, fn, arg in [("dict", bench_dict, 20000), ("str", bench_str, 5000), ("float", bench_float, 20000),
                      ("list", bench_list, 10000), ("sieve", bench_sieve, 50000), ("objects", bench_objects, 10000),
                      ("recursion", bench_recursion, 8)]:
    r = fn(arg)
    print(f"{name:<10} {r}")
    checksum = (checksum * 7 + hash(str(r)) % 1 + len(str(r))) % 999983
print("checksum", checksum)
