# Int locals in functions the compiler types as unboxed ints: overflow to big ints and back,
# floor division and modulo sign rules, shifts, pow, int/float mixing, loops over range,
# ints as list indices and dict keys, and exceptions raised inside typed code.


def overflow_and_back():
    x = 1
    for i in range(70):
        x = x * 2 + 1
    big = x
    for j in range(70):
        x = x // 2
    print(big, x, big - x * 0)
    y = 9223372036854775807
    y += 1
    z = y - 1
    print(y, z, -y, -z - 1)
    return y


def signs():
    out = []
    for a in range(-7, 8, 3):
        for b in (3, -3):
            q = a // b
            r = a % b
            out.append((a, b, q, r, q * b + r == a))
    print(out)
    m = -9223372036854775807 - 1
    n = m // -1
    print(n, m % -1, m // 7, m % 7)


def bits():
    v = 0
    for k in range(0, 80, 7):
        v = v | (1 << k)
        v ^= k
    w = v >> 3
    u = ~w & 0xFFFF
    print(v, w, u, -v >> 5, (-1) << 64)
    s = 3 ** 40
    t = (-2) ** 63
    print(s, t, t - 1)


def mixed(n):
    total = 0
    acc = 0.5
    for i in range(1, n + 1):
        total += i * i
        acc = acc + i / 7
        acc += i
    ratio = total / n
    half = total * 0.5
    print(total, ratio, half, acc, 7 / 2, -7 / 2)
    big = 2 ** 1100
    return big


def to_float():
    big = 2 ** 1100
    f = big * 1.0
    return f


def containers(n):
    seen = {}
    lst = [0] * n
    i = 0
    while i < n:
        k = (i * 7) % n
        lst[k] = i
        seen[k] = seen.get(k, 0) + 1
        i += 1
    print(lst, len(seen), lst[-1], lst[n - 1] == lst[-1])
    c = len(lst) - 1
    flag = c if c > 3 else -c
    print(flag, bool(flag), str(flag), repr(flag), hash(flag) == hash(c), f"{flag:>6}")


def divides(a, b):
    q = 0
    q = a
    d = q // b
    return d


def zfloordiv():
    z = 0
    x = 10
    y = x // z
    return y


def zmod():
    z = 0
    x = 10
    return x % z


def ztruediv():
    z = 0
    x = 10
    y = x / z
    return y


def negshift():
    s = 1
    s = s << -1
    return s


def errors():
    for f in (zfloordiv, zmod, ztruediv, negshift, to_float):
        try:
            print("not reached", f())
        except (ZeroDivisionError, ValueError, OverflowError) as e:
            print(type(e).__name__ + ":", e)


def count_down(n):
    steps = 0
    k = 27
    while k != 1:
        k = k // 2 if k % 2 == 0 else 3 * k + 1
        steps += 1
    while n:
        n -= 1
    return steps


overflow_and_back()
signs()
bits()
mixed(10)
containers(9)
errors()
print(count_down(5), divides(7, 2), divides(-7, 2))


def crash():
    a = 5
    b = a - 5
    c = a // b
    return c


crash()
