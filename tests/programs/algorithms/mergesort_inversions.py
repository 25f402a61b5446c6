# Merge sort that also counts inversions; compared with an O(n^2) count.


def merge_count(xs):
    if len(xs) <= 1:
        return xs[:], 0
    mid = len(xs) // 2
    left, a = merge_count(xs[:mid])
    right, b = merge_count(xs[mid:])
    merged = []
    i = j = 0
    inv = a + b
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            inv += len(left) - i
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged, inv


def brute_inversions(xs):
    n = len(xs)
    return sum(1 for i in range(n) for j in range(i + 1, n) if xs[i] > xs[j])


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % (2 ** 31)
        yield seed % 1000


def main():
    gen = lcg(7)
    for n in (1, 8, 50, 300):
        data = [next(gen) for _ in range(n)]
        s, inv = merge_count(data)
        assert s == sorted(data)
        print(n, inv, inv == brute_inversions(data), s[:3], s[-3:])
    print(merge_count([5, 4, 3, 2, 1]))
    print(merge_count(list("mergesort")))


main()
