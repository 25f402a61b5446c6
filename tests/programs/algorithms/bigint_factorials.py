# Big integer arithmetic: factorials, binomials, Catalan numbers, digit sums.
# features: bigint
import math


def factorial(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r


def binom(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r


def catalan(n):
    return binom(2 * n, n) // (n + 1)


f100 = factorial(100)
print(f100)
print(sum(int(d) for d in str(f100)))
print(len(str(factorial(1000))), factorial(1000) == math.factorial(1000))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros of 100!:", trailing)
print([binom(10, k) for k in range(11)])
print(binom(100, 50), math.comb(100, 50) == binom(100, 50))
print([catalan(n) for n in range(15)])
print(catalan(60))
print(-f100 // 7 ** 30, -f100 % 7 ** 30)
print(divmod(f100, -(10 ** 40 + 3)))
print(2 ** 200 - 3 ** 120, abs(-(2 ** 100)), (2 ** 100) ** 0 == 1)
print(f"{2 ** 64:,}", f"{3 ** 50:_}", f"{2 ** 70:x}")
