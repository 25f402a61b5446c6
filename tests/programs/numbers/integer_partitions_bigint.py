# Partition numbers p(n) via Euler's pentagonal recurrence (big integers), verified against a
# simple DP for small n, plus the number of digits of p(1000).
# features: bigint


def partitions_upto(n):
    p = [1] + [0] * n
    for m in range(1, n + 1):
        total = 0
        k = 1
        while True:
            g1 = k * (3 * k - 1) // 2
            if g1 > m:
                break
            sign = 1 if k % 2 else -1
            total += sign * p[m - g1]
            g2 = k * (3 * k + 1) // 2
            if g2 <= m:
                total += sign * p[m - g2]
            k += 1
        p[m] = total
    return p


def partitions_dp(n):
    ways = [1] + [0] * n
    for part in range(1, n + 1):
        for total in range(part, n + 1):
            ways[total] += ways[total - part]
    return ways


p = partitions_upto(1000)
print(p[:20])
print(p[:200] == partitions_dp(199))
print(p[100], p[500])
print(len(str(p[1000])), str(p[1000])[:10], p[1000] % 1000000007)
print([n for n in range(1, 200) if p[n] % 5 == 0 and n % 5 != 4][:5], all(p[5 * k + 4] % 5 == 0 for k in range(199)))
