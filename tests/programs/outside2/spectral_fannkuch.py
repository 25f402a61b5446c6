def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_A_times_u(u):
    return [sum(eval_A(i, j) * u_j for j, u_j in enumerate(u)) for i in range(len(u))]


def eval_At_times_u(u):
    return [sum(eval_A(j, i) * u_j for j, u_j in enumerate(u)) for i in range(len(u))]


def spectral(n):
    u = [1.0] * n
    for _ in range(10):
        v = eval_At_times_u(eval_A_times_u(u))
        u = eval_At_times_u(eval_A_times_u(v))
    vBv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    return (vBv / vv) ** 0.5


print("%.9f" % spectral(60))


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    m = n - 1
    r = n
    check = 0
    perm1 = list(range(n))
    checksum = 0
    permcount = 0
    while True:
        if check < 30:
            check += 1
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if permcount % 2 == 0 else -flips
        permcount += 1
        while r != n:
            perm1.insert(r, perm1.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips, checksum


print(fannkuch(7))


def chaos_game(n):
    import random
    rng = random.Random(1234)
    pts = [(0.0, 0.0), (1.0, 0.0), (0.5, 0.866)]
    x, y = 0.3, 0.3
    grid = [[" "] * 32 for _ in range(16)]
    for _ in range(n):
        px, py = rng.choice(pts)
        x, y = (x + px) / 2, (y + py) / 2
        grid[15 - int(y / 0.866 * 15)][int(x * 31)] = "*"
    return "\n".join("".join(r).rstrip() for r in grid)


print(chaos_game(3000))
