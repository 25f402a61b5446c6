# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
# by the power method on A^T A.
N = 470


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v, n):
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print(f"{(vbv / vv) ** 0.5:.9f}")


main(N)
