"""itertools and collections in the way test programs use them."""
import itertools as it
from collections import deque, namedtuple, Counter, ChainMap, defaultdict
import heapq
import bisect

print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2))[:4], list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("xy", 2)), list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([3, 1, 4], max)))
print([(k, list(g)) for k, g in it.groupby(sorted("mississippi"))], list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("abc"), 7)), list(it.repeat("z", 3)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(str.isdigit, "a1b2")), list(it.compress("abcd", [1, 0, 1, 1])))
print(list(it.pairwise([1, 2, 3, 4])), [list(t) for t in it.tee([1, 2], 2)], list(it.accumulate([1, 2, 3], initial=100)))
q = deque([1, 2, 3], maxlen=5)
q.appendleft(0); q.extend([4, 5, 6]); q.rotate(2)
print(q, q.maxlen, q[0], q[-1], q.count(4), list(reversed(q)))
q.rotate(-3); q.popleft(); q.pop()
print(q, len(q), 3 in q, deque("ab") + deque("c"), deque(range(3)) == deque([0, 1, 2]))
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._replace(y=9), p._asdict(), Point._fields, Point._make([5, 6]), p.x + p[1], tuple(p), p == (3, 0))
c = Counter("abracadabra")
d = Counter(a=1, b=5, z=2)
print(c.most_common(3), c + d, c - d, c & d, c | d, sorted(c.elements())[:6], c.total(), d["missing"])
c.update("aaz"); c.subtract({"a": 10})
print(c, +c, -c)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm["a"], cm["b"], dict(cm), cm.maps, list(cm), cm.new_child({"a": 0})["a"], cm.parents)
dd = defaultdict(lambda: "n/a", {"k": "v"})
print(dd["k"], dd["x"], dict(dd), defaultdict(int, a=1))
tree = defaultdict(lambda: defaultdict(list))
tree["fruit"]["red"].append("apple")
print({k: dict(v) for k, v in tree.items()})
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappushpop(h, 4), heapq.nlargest(2, h), heapq.nsmallest(2, h, key=lambda v: -v))
heapq.heappush(h, 0)
print([heapq.heappop(h) for _ in range(len(h))], list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (2, "test"), (3, "ship")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(4)])
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10), bisect.bisect_left(a, 0))
bisect.insort(a, 4); bisect.insort_left(a, 3)
print(a, bisect.bisect_left(a, 5, lo=2, hi=4), bisect.bisect([("a", 1), ("c", 2)], ("b", 0)))
grades = [(g, bisect.bisect([60, 70, 80, 90], s)) for g, s in [("x", 55), ("y", 70), ("z", 99)]]
print(grades, ["FDCBA"[i] for _, i in grades])

class A:
    pass


class B(A):
    pass


print(B.mro(), A.mro(), [c.__name__ for c in B.mro()])
a = deque([1, 2, 3], maxlen=4)
b = deque("xy")
print(a + b, b + a, a * 2, 2 * b, a * 0, deque([1, 2]) * 3, a < deque([1, 2, 4]), a >= deque([1, 2, 3]), deque() < deque([0]))
a += [9, 8]
print(a)
b *= 3
print(b)
c = deque([1, 2, 3], maxlen=5)
c *= 3
print(c)
for bad in ([1], "s", 3):
    try:
        print(a + bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(a < [1])
except TypeError as e:
    print("TypeError:", e)
try:
    print(a * 1.5)
except TypeError as e:
    print("TypeError:", e)
