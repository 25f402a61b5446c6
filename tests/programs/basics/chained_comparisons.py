# Chained comparisons: evaluation order, short-circuiting, mixing operators, identity/membership.
calls = []


def val(name, v):
    calls.append(name)
    return v


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, 1 < 2 > 1.5)
print(val("a", 1) < val("b", 0) < val("c", 5), calls)
calls.clear()
print(val("a", 1) < val("b", 2) < val("c", 3), calls)
x = 5
print(0 <= x < 10, 0 <= x <= 4, x in range(10) in [range(10)], "a" < "b" <= "b" != "c")
print(None is None is not False, [] == [] is not None, 1 < 2 == 2.0 < 3)
ages = [3, 15, 22, 40, 67, 90]
print([("child" if a < 13 else "teen" if 13 <= a < 20 else "adult" if 20 <= a < 65 else "senior") for a in ages])


def in_box(p, lo=(0, 0), hi=(10, 10)):
    return lo[0] <= p[0] <= hi[0] and lo[1] <= p[1] <= hi[1]


print([in_box(p) for p in [(5, 5), (0, 10), (11, 3), (-1, -1)]])
print((1, 2) < (1, 3) < (2, 0), [1] < [1, 0] < [2], "abc" < "abd" < "abda")
