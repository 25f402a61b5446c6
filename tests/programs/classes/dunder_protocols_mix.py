import sys
class Account:
    __slots__ = ("__balance", "owner")
    def __init__(self, owner, bal): self.owner = owner; self.__balance = bal
    @property
    def balance(self): return self.__balance
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError("negative")
        self.__balance = v
    @balance.deleter
    def balance(self): print("deleting"); self.__balance = 0
a = Account("z", 10); a.balance = 5; print(a.balance, a._Account__balance); del a.balance; print(a.balance)
try: a.other = 1
except AttributeError as e: print("AttributeError:", e)
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("Seq index out of range")
        return i * 10
    def __len__(self): return self.n
s = Seq(5); print(list(s), s[1:4], s[::-2], s[-1], 20 in s, list(reversed(s)))
class Idx:
    def __index__(self): return 2
print([1, 2, 3, 4][Idx()], bin(Idx()), "abcd"[Idx():])
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.c + o.c)
        if isinstance(o, int): return Money(self.c + o)
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, o): print("iadd"); self.c += o.c if isinstance(o, Money) else o; return self
    def __format__(self, spec): return format(self.c / 100, spec or ".2f")
    def __repr__(self): return f"Money({self.c})"
    def __eq__(self, o): return isinstance(o, Money) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __lt__(self, o): return self.c < o.c
m = sum([Money(150), Money(250)], Money(0)); m += 5; print(m, f"{m}", f"{m:>10.1f}", 1 + m, sorted([Money(3), Money(1)]))
try: Money(1) + "x"
except TypeError as e: print(e)
print({Money(1), Money(1)}, Money(1) in {Money(1): 2})
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
def outer():
    x = 0
    def inc():
        nonlocal x; x += 1; return x
    return inc
inc = outer(); inc(); print(inc(), inc.__closure__ is not None)
counter = 0
def bump():
    global counter; counter += 1
for _ in range(3): bump()
print(counter)
def f():
    try: return "try"
    finally: print("fin")
def g():
    try: return "try"
    finally: return "finally"
print(f(), g())
for i in range(3):
    if i == 5: break
else: print("no break")
n = 0
while n < 2: n += 1
else: print("while else", n)
l = [1, 2]; l.append(l); print(l); d = {}; d["self"] = d; print(d)
print({1: 2}.keys() & {1, 3}, {1: 2}.items() | {(3, 4)}, list({"a": 1}.values()))
print(list(enumerate("ab", start=10)))
try: list(zip([1, 2], [1], strict=True))
except ValueError as e: print(e)
print(int.to_bytes(1024, 4, "big"), int.from_bytes(b"\x00\x10", "little"), (255).to_bytes(2, "little", signed=False))
b = bytearray(b"hello"); b[0] = 72; b.extend(b" w"); print(b, bytes(b).upper(), b.hex(), bytes.fromhex("41 42"), b"a,b".split(b","))
print("{0[key]} {1.real} {2!s:^7}".format({"key": "v"}, 3 + 4j, None), "%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25})
print(1 == 1.0, hash(1) == hash(1.0), 0.1 * 3 == 0.3, round(0.1 * 3, 15) == 0.3, 10 / 4, 10 // 4.0, -7 // 2.0, 2 ** -1, (-8) ** (1/3))
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: sorted([1, "a"])
except TypeError as e: print(e)
try: [1, 2].index(5)
except ValueError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: {}.pop("x")
except KeyError as e: print(repr(e))
try: int(None)
except TypeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
try: f(1, 2)
except TypeError as e: print(e)
try: Account()
except TypeError as e: print(e)
def kw(a, *, b): return a + b
try: kw(1, 2)
except TypeError as e: print(e)
try: kw(1, c=2)
except TypeError as e: print(e)
first, *rest = "hello"; print(first, rest); *init, last = [1, 2, 3]; print(init, last)
(a, b), c = (1, 2), 3; print(a, b, c)
print(sys.getrecursionlimit())
x = [3, 1, 2]; y = x; y += [4]; print(x, x is y)
t = (1, 2); u = t; u += (3,); print(t, u)
print("ab" * 3, [0] * 3, -3 * "x", "x" in "xyz", "" in "", "abc"[10:], "abc"[-10:2])
print(chr(0x1F600), ord("€"), "ß".upper(), "İ".lower(), len("İ".lower()), "ﬁ".casefold(), "Straße".casefold() == "strasse")
print("a\tb".expandtabs(4), "  x ".strip(), "x,y,,z".split(","), "a b  c".split(), "a\nb\r\nc".splitlines(True), "1,2".partition(","))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\n\t\\"), ascii("é☃"), repr("é☃"))
