# Counter arithmetic and comparisons, deque insert/index/del, dict views used as sets, set
# update/difference orders for ints beyond the table size, slice.indices and re's lastindex.
import re
from collections import Counter, deque

a = Counter("abracadabra")
b = Counter({"a": 2, "b": 5, "z": 1, "r": -1})
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+b, -b)
print(a == Counter(a), Counter(x=1) == Counter(x=1, y=0), a <= a + b, b < a, a >= b)
c = Counter(a)
alias = c
c += b
print(c, alias is c)
c -= Counter("aaaa")
print(c)
c &= Counter("abcd")
print(c)
c |= Counter("bbbbbq")
print(c, alias is c)

d = deque(range(6), maxlen=9)
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "z")
print(d, d.index("x"), d.index(3, 2), d.index(5, -3, len(d)))
del d[0]
del d[-2]
print(d, len(d))
try:
    d.insert(0, "w")
    d.insert(0, "v")
except IndexError as e:
    print("IndexError:", e)
try:
    d.index("nope", 1, 3)
except ValueError as e:
    print("ValueError:", e)
d.rotate(3)
print(d, d.maxlen)

inventory = {101: 3, 7: 0, 42: 9, 250: 1, 3: 4, 64: 2}
wanted = {7, 42, 999, 3, 128}
print(inventory.keys() & wanted)
print(inventory.keys() | wanted)
print(inventory.keys() - wanted)
print(wanted - inventory.keys())
print(inventory.keys() ^ wanted)
print(inventory.items() & {(42, 9), (3, 5)})
print(inventory.keys() == set(inventory), inventory.keys() <= {7, 42, 3, 101, 250, 64, 1}, inventory.keys().isdisjoint([1, 2]))
print([1, 2, 101] - inventory.keys())

s = set(range(0, 200, 7))
s -= set(range(0, 200, 3))
print(s)
s ^= {1, 2, 3, 500, 7}
print(s)
s.update([1000, 33, 64, 1001, 2048])
print(s)
t = set(range(50, 300, 11))
print(t.difference(range(0, 300, 2)))
print(t.symmetric_difference([61, 62, 63, 400, 401]))
print(t.intersection([61, 72, 83, 1, 2, 3]))

for sl in [slice(None), slice(-3, None), slice(1, 100, 2), slice(None, None, -1), slice(-100, 5, -2)]:
    print(sl, sl.indices(10), sl.indices(0))

for pattern, text in [(r"(a)(b)", "ab"), (r"((a)b)", "ab"), (r"(?P<word>\w+)|(?P<num>\d+)", "hello"), (r"(x)?(y)?", "y"), (r"(?:(a)|b)*", "abab")]:
    m = re.match(pattern, text)
    print(pattern, m.lastindex, m.lastgroup, m.groups())
