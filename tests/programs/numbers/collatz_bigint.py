# Collatz trajectories of huge starting values, and 3x+1 style maps on big integers.
# features: bigint


def steps(n):
    count = 0
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        count += 1
    return count, peak


for start in [27, 2 ** 64 + 1, 3 ** 40, 10 ** 30 + 7, 2 ** 100 - 1]:
    c, peak = steps(start)
    print(start, c, len(str(peak)), peak % 1000003)
n = 1
for i in range(60):
    n = n * 3 + (i % 2)
print(n, steps(n)[0])
