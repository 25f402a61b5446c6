# Computing digits of pi and e with big integers (Machin formula, series for e).
# features: bigint


def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)


def e_digits(digits):
    scale = 10 ** (digits + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)


p = pi_digits(300)
print(p[0] + "." + p[1:61])
print(p[1:][-40:])
e = e_digits(200)
print(e[0] + "." + e[1:61])
counts = [p.count(str(d)) for d in range(10)]
print(counts, sum(counts))
print(p.find("999999"), p[1:].find("2718"))
