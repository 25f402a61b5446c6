# Range queries: Fenwick (binary indexed) tree for prefix sums, segment tree for range minimum with
# point updates; checked against brute force on seeded random operations.
import random


class Fenwick:
    def __init__(self, n):
        self.n = n
        self.t = [0] * (n + 1)

    def add(self, i, delta):
        i += 1
        while i <= self.n:
            self.t[i] += delta
            i += i & -i

    def prefix(self, i):
        s = 0
        while i > 0:
            s += self.t[i]
            i -= i & -i
        return s

    def range_sum(self, lo, hi):
        return self.prefix(hi) - self.prefix(lo)


class SegTree:
    def __init__(self, data):
        self.n = 1
        while self.n < len(data):
            self.n *= 2
        self.t = [float("inf")] * (2 * self.n)
        self.t[self.n:self.n + len(data)] = data
        for i in range(self.n - 1, 0, -1):
            self.t[i] = min(self.t[2 * i], self.t[2 * i + 1])

    def set(self, i, v):
        i += self.n
        self.t[i] = v
        while i > 1:
            i //= 2
            self.t[i] = min(self.t[2 * i], self.t[2 * i + 1])

    def query(self, lo, hi):
        res = float("inf")
        lo += self.n
        hi += self.n
        while lo < hi:
            if lo & 1:
                res = min(res, self.t[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                res = min(res, self.t[hi])
            lo //= 2
            hi //= 2
        return res


rng = random.Random(17)
n = 200
data = [rng.randint(-50, 50) for _ in range(n)]
fw = Fenwick(n)
for i, v in enumerate(data):
    fw.add(i, v)
st = SegTree(data)
mismatches = 0
samples = []
for step in range(2000):
    if rng.random() < 0.3:
        i, v = rng.randrange(n), rng.randint(-50, 50)
        fw.add(i, v - data[i])
        st.set(i, v)
        data[i] = v
    else:
        lo = rng.randrange(n)
        hi = rng.randint(lo + 1, n)
        s, m = fw.range_sum(lo, hi), st.query(lo, hi)
        if s != sum(data[lo:hi]) or m != min(data[lo:hi]):
            mismatches += 1
        if step % 300 == 0:
            samples.append((lo, hi, s, m))
print("mismatches", mismatches)
print(samples)
print(fw.prefix(n), sum(data), st.query(0, n), min(data))
