lst = [1, 2]
lst.append(lst)
print(lst, repr(lst))
d = {"k": 1}
d["self"] = d
print(d)
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]), dict(zip("ab", range(5))), dict([("x", 1)], y=2))
def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            yield -i
print(list(g()))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]), seen)
data = [5, 3, 8]
it = iter(data)
while (nxt := next(it, None)) is not None:
    print(nxt, end=";")
print()
print(int.__add__(3, 4), str.upper("abc"), list.__len__([1, 2]), (5).__mul__(2), "x".__add__("y"))
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2], [[c for c in w] for w in ["ab", "c"]])
print({k: v for k, v in sorted({"b": 2, "a": 1}.items(), reverse=True)}, {x % 3 for x in range(10)})
class A:
    x = 1
    @staticmethod
    def s():
        return "static"
    def m(self):
        return self.x
a = A()
a.x = 5
print(a.s(), A.s(), a.m(), A.m(a), A.x, type(a).x, a.__class__.__name__, A().m())
A.x = 9
print(A().m(), a.m())
print("%s-%s" % (1, 2), "%s" % ((1, 2),), "%r" % "q", "%5.1f%%" % 12.345, "%-4d|" % 7, "%03d" % -5)
s = [("b", 2), ("a", 2), ("c", 1), ("d", 3)]
s.sort(key=lambda t: t[1], reverse=True)
print(s)
s.sort()
print(s, s.index(("c", 1)))
x = 10
def shadow():
    x = 20
    def inner():
        return x
    x = 30
    return inner()
print(shadow(), x)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print([bump() for _ in range(3)], counter)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), [sum(col) for col in zip(*matrix)], [row[::-1] for row in matrix[::-1]])
first, *middle, last = "abcdef"
print(first, middle, last)
(a1, b1), c1 = (1, 2), 3
print(a1, b1, c1)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v, end=" | ")
print()
t = (1, 2, 3)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    {}[[1]] = 2
except TypeError as e:
    print(e)
try:
    x = undefined_name
except NameError as e:
    print(e)
def uses_before():
    try:
        print(local_var)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    local_var = 1
uses_before()
print(1 if [] else 2, [] or "default", 0 and 1/0, None or 0 or "", "a" and "b")
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** 10, 2 ** -1, 9 ** 0.5, (-9) ** 2, -9 ** 2)
print(0.1 * 3, 1 / 3 * 3, 1e300 * 1e10, 5 // 0.3, 5 % 0.3, round(5 % 0.3, 10))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
print(bool(0.0), bool(-0.0), bool(float("nan")), int(True), float(False), str(True).lower())
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.values()), list({3: "c"}.items()))
