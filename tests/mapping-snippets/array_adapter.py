# Snippet for the 'array' adapter (implemented in Python, compiled with the program).
import array
from array import array as arr, ArrayType, typecodes


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, OverflowError, IndexError, EOFError) as e:
        print(label, type(e).__name__ + ":", e)


print(typecodes, ArrayType is arr, repr(arr("i")), repr(arr("i", [1, 2])))
for code in "bBhHiIlLqQ":
    a = arr(code)
    bits = 8 * a.itemsize
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if code.islower() else (0, (1 << bits) - 1)
    a.append(lo)
    a.append(hi)
    print(code, a.itemsize, a.typecode, a, a.tobytes().hex())
    for bad in (hi + 1, lo - 1, 2 ** 70, -(2 ** 70), 1.5, "a"):
        attempt(code, lambda: arr(code, [bad]))
for code in "fd":
    f = arr(code, [0.1, 2, True, 1e300, -1e300])
    print(code, f.itemsize, f, f.tobytes().hex())
    attempt(code, lambda: arr(code, ["a"]))
    attempt(code, lambda: arr(code, [2 ** 1100]))
attempt("typecode", lambda: arr("z"))
attempt("typecode", lambda: arr(1))
attempt("typecode", lambda: arr("ab"))
attempt("str init", lambda: arr("i", "abc"))
attempt("bytes init", lambda: arr("i", b"abcd"))
attempt("bytes init", lambda: arr("i", b"abc"))
attempt("none init", lambda: arr("i", None))

a = arr("i", [1, 2, 3])
attempt("add list", lambda: a + [1])
attempt("add other", lambda: a + arr("d"))
print(a + arr("i", [4]), a * 2, 2 * a, a * -1, len(a), 2 in a, "x" in a, list(a), [x * 10 for x in a])
print(a == arr("d", [1, 2, 3]), a == [1, 2, 3], a != arr("i", [1, 2]), a < arr("i", [1, 3]), a >= arr("i", [1, 2, 3, 0]))
print(arr("d", [float("nan")]) == arr("d", [float("nan")]), arr("i", [1]) < arr("i", [1, 0]))
print(a[0], a[-1], a[1:], a[::-1], a[5:])
attempt("getitem", lambda: a[5])
attempt("getitem", lambda: a["x"])
attempt("setitem", lambda: a.__setitem__(5, 1))
attempt("setitem", lambda: a.__setitem__(0, 2 ** 40))
attempt("slice", lambda: a.__setitem__(slice(0, 2), [1, 2]))
attempt("slice", lambda: a.__setitem__(slice(0, 3, 2), arr("i", [1])))
attempt("slice", lambda: a.__setitem__(slice(0, 2), arr("d", [1])))
a[0:2] = arr("i", [7, 8, 9])
a[1] = 5
print(a)
a.extend([10, 11])
a.extend(arr("i", [12]))
attempt("extend", lambda: a.extend(arr("d", [1])))
attempt("extend", lambda: a.extend([13, 1.5]))
print(a)
a.insert(0, -1)
a.insert(100, 99)
a.insert(-100, -2)
print(a, a.pop(), a.pop(0), a.pop(-2))
attempt("pop", lambda: a.pop(50))
attempt("pop", lambda: arr("i").pop())
a.remove(9)
attempt("remove", lambda: a.remove(1000))
print(a, a.index(5), a.count(5), a.count("x"))
attempt("index", lambda: a.index(5, 3))
a.reverse()
print(a, a.tolist())
attempt("fromlist", lambda: a.fromlist((1,)))
attempt("fromlist", lambda: a.fromlist([1, "x"]))
a.fromlist([20, 21])
del a[0]
del a[::2]
print(a)
attempt("frombytes", lambda: a.frombytes("x"))
b = arr("h", [1, 256, -2])
raw = b.tobytes()
c = arr("h")
c.frombytes(raw)
c.byteswap()
print(raw, c, arr("B", b"ab"), arr("b", b"\xff"))
x = arr("i", [1])
x += arr("i", [2])
x *= 2
print(x)
try:
    x += [3]
except TypeError as e:
    print(e)
try:
    x * "x"
except TypeError as e:
    print(e)
u = arr("u", "hi")
u.append("!")
u.fromunicode("?")
print(u, u.tounicode(), u.tobytes(), u.itemsize, arr("u"))
attempt("unicode", lambda: arr("i").tounicode())
attempt("unicode", lambda: arr("i").fromunicode("x"))
attempt("unicode", lambda: arr("u", [1]))
attempt("unicode", lambda: arr("i", arr("u", "a")))
print(arr("d", arr("i", [1, 2])), arr("i", (i * i for i in range(4))), array.array("q", range(3)))
