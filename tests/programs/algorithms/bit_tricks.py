# Bit manipulation: popcount, gray codes, subsets via masks, next power of two, bit reversal.


def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c


def gray(n):
    return n ^ (n >> 1)


def gray_inverse(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


def next_pow2(x):
    return 1 if x <= 1 else 1 << (x - 1).bit_length()


def reverse_bits(x, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r


def subsets(items):
    n = len(items)
    return [[items[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]


print([popcount(x) for x in range(17)])
print([bin(x).count("1") for x in range(17)] == [popcount(x) for x in range(17)])
codes = [gray(i) for i in range(16)]
print([format(c, "04b") for c in codes])
print(all(popcount(a ^ b) == 1 for a, b in zip(codes, codes[1:])))
print([gray_inverse(c) for c in codes] == list(range(16)))
print([next_pow2(x) for x in (0, 1, 2, 3, 5, 64, 65, 1000)])
print(reverse_bits(0b1011, 8), format(reverse_bits(0xF0F0, 16), "#06x"))
print(subsets("abc"))
print(-5 & 0xFF, -5 >> 1, ~7, 1 << 70, (1 << 70) >> 68)
print((0xDEADBEEF).bit_length(), int("1010", 2), hex(255), oct(8))
