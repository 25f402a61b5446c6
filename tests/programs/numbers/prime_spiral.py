# Ulam spiral of primes printed as text, and diagonal prime ratio (Project-Euler-style).


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def spiral(size):
    grid = [[0] * size for _ in range(size)]
    x = y = size // 2
    n = 1
    grid[y][x] = n
    step = 1
    dirs = [(1, 0), (0, -1), (-1, 0), (0, 1)]
    d = 0
    while n < size * size:
        for _ in range(2):
            dx, dy = dirs[d % 4]
            for _ in range(step):
                if n >= size * size:
                    break
                x += dx
                y += dy
                n += 1
                if 0 <= x < size and 0 <= y < size:
                    grid[y][x] = n
            d += 1
        step += 1
    return grid


g = spiral(21)
for row in g:
    print("".join("#" if is_prime(v) else "·" for v in row))
side, primes, total = 1, 0, 1
while True:
    side += 2
    corners = [side * side - k * (side - 1) for k in range(4)]
    primes += sum(is_prime(c) for c in corners)
    total += 4
    if primes / total < 0.2:
        break
print(side, primes, total, f"{primes / total:.4f}")
