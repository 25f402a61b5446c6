def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(10)), hanoi(3))


def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]


print(sieve(100), len(sieve(10000)))


def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


print([roman(x) for x in (1990, 2008, 1666, 4, 3999)])


def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]


best = max(range(1, 20000), key=collatz_len)
print(best, collatz_len(best))


def queens(n):
    sols = 0
    def place(row, cols, d1, d2):
        nonlocal sols
        if row == n:
            sols += 1
            return
        for c in range(n):
            if c not in cols and row + c not in d1 and row - c not in d2:
                place(row + 1, cols | {c}, d1 | {row + c}, d2 | {row - c})
    place(0, frozenset(), frozenset(), frozenset())
    return sols


print([queens(i) for i in range(1, 8)])


def look_and_say(s):
    from itertools import groupby
    return "".join(str(len(list(g))) + k for k, g in groupby(s))


s = "1"
for _ in range(8):
    print(s)
    s = look_and_say(s)


def mandelbrot(w=40, h=12):
    rows = []
    for y in range(h):
        row = ""
        for x in range(w):
            c = complex(-2 + 2.5 * x / w, -1 + 2 * y / h)
            z = 0
            for i in range(30):
                z = z * z + c
                if abs(z) > 2:
                    break
            row += " .:-=+*#%@"[i % 10]
        rows.append(row)
    return "\n".join(rows)


print(mandelbrot())
print("".join(chr((ord(ch) - 65 + 13) % 26 + 65) if ch.isupper() else ch for ch in "HELLO, World"))
print(sum(int(d) for d in str(2 ** 1000)), [n for n in range(1, 30) if n == sum(d for d in range(1, n) if n % d == 0)])
print(bin(42), int("101010", 2), format(255, "08b"), f"{255:#x}", int("ff", 16), int("0o17", 0))
