"""Benchmark-harness style program: times its work with perf_counter but prints only derived results."""
import time
import timeit


def bench(fn, *args, repeat=3):
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn(*args)
        t1 = time.perf_counter()
        times.append(t1 - t0)
    return result, min(times), times


def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return sum(flags)


def string_build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}")
    return len("".join(parts))


def matmul(n):
    a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + j) % 5 for j in range(n)] for i in range(n)]
    c = [[sum(a[i][k] * b[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    return sum(map(sum, c))


results = {}
for name, fn, arg in (("sieve", sieve, 200000), ("strings", string_build, 20000), ("matmul", matmul, 40)):
    res, best, times = bench(fn, arg)
    results[name] = best
    ok = best >= 0 and all(t >= best for t in times) and len(times) == 3
    print(f"{name:8s} result={res} timing_ok={ok}")
start_ns = time.perf_counter_ns()
x = sum(range(100000))
elapsed_ns = time.perf_counter_ns() - start_ns
print(x, isinstance(elapsed_ns, int), elapsed_ns >= 0)
m0 = time.monotonic()
m1 = time.monotonic()
print(m1 >= m0, type(time.time()).__name__, time.process_time() >= 0)
t = timeit.timeit("sum(range(100))", number=200)
print(type(t).__name__, t > 0)
r = timeit.repeat(lambda: sorted(range(50, 0, -1)), number=50, repeat=3)
print(len(r), all(v > 0 for v in r))
fastest = min(results, key=results.get)
print(fastest in results, sorted(results))
