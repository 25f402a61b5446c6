# N-queens by generating permutations and filtering by the diagonal condition, repeated for
# several board sizes; prints solution counts and a checksum of the first solutions.
SIZE = 8
REPEAT = 10


def permutations(items):
    n = len(items)
    if n <= 1:
        yield list(items)
        return
    for i in range(n):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def solve(n):
    cols = list(range(n))
    count = 0
    first = None
    for p in permutations(cols):
        if n == len(set(p[i] + i for i in cols)) == len(set(p[i] - i for i in cols)):
            count += 1
            if first is None:
                first = p
    return count, first


def main():
    checksum = 0
    for rep in range(REPEAT):
        for n in range(4, SIZE + 1):
            count, first = solve(n)
            checksum = (checksum * 31 + count + sum(i * v for i, v in enumerate(first))) % 1000000007
            if rep == 0:
                print(n, count, first)
    print("checksum", checksum)


main()
