# List and tuple slicing: reads with every step sign and out-of-range bounds, slice assignment of the
# same length (replaced in place), shorter and longer (resized), from iterators and from the list itself,
# extended slices and their size errors, and aliasing of the replaced items.
data = list(range(10))
t = tuple(data)
for s in [slice(None), slice(2, 7), slice(7, 2), slice(-3, None), slice(None, -3), slice(None, None, -1),
          slice(8, 1, -2), slice(1, 8, 3), slice(-100, 100), slice(100, -100, -1), slice(5, 5), slice(None, None, 4)]:
    print(s, data[s], t[s])

a = list(range(8))
a[2:5] = ["x", "y", "z"]
print(a)
a[2:5] = iter([10, 11, 12])
print(a)
a[:3] = a[2::-1]
print(a)
a[1:3] = []
print(a)
a[1:1] = [7, 7, 7]
print(a)
a[5:2] = ["after-empty"]
print(a)
a[:] = a
print(a)
a[-2:] = (1, 2)
print(a)
a[::2] = list(range(100, 100 + len(a[::2])))
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a[1:3] = 5
except TypeError as e:
    print("TypeError", e)
shared = [0]
b = [shared, shared, [1]]
old = b[0]
b[0:2] = [[2], [3]]
old.append(9)
print(b, shared)
perm = [3, 1, 4, 0, 2]
k = perm[0]
flips = 0
while k:
    perm[:k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)
big = list(range(6))
print(big[::2 ** 63 - 1], big[::-2 ** 63], big[-2 ** 63:2 ** 63], big[2 ** 70::-2 ** 70], t[::-2 ** 63])
