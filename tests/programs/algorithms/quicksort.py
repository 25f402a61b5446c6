# Quicksort variants: Lomuto, Hoare and a functional version, checked against sorted().
import random


def lomuto_partition(a, lo, hi):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] <= pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i


def quicksort_lomuto(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        p = lomuto_partition(a, lo, hi)
        quicksort_lomuto(a, lo, p - 1)
        quicksort_lomuto(a, p + 1, hi)
    return a


def hoare_partition(a, lo, hi):
    pivot = a[(lo + hi) // 2]
    i, j = lo - 1, hi + 1
    while True:
        i += 1
        while a[i] < pivot:
            i += 1
        j -= 1
        while a[j] > pivot:
            j -= 1
        if i >= j:
            return j
        a[i], a[j] = a[j], a[i]


def quicksort_hoare(a, lo, hi):
    while lo < hi:
        p = hoare_partition(a, lo, hi)
        if p - lo < hi - p:
            quicksort_hoare(a, lo, p)
            lo = p + 1
        else:
            quicksort_hoare(a, p + 1, hi)
            hi = p


def quicksort_functional(xs):
    if len(xs) <= 1:
        return list(xs)
    pivot, *rest = xs
    smaller = [x for x in rest if x < pivot]
    larger = [x for x in rest if x >= pivot]
    return quicksort_functional(smaller) + [pivot] + quicksort_functional(larger)


def main():
    rng = random.Random(42)
    for size in (0, 1, 2, 5, 17, 100, 1000):
        data = [rng.randint(-50, 50) for _ in range(size)]
        expected = sorted(data)
        a = quicksort_lomuto(list(data))
        b = list(data)
        quicksort_hoare(b, 0, len(b) - 1)
        c = quicksort_functional(data)
        ok = a == expected and b == expected and c == expected
        print(f"size={size:5d} ok={ok} head={expected[:5]} sum={sum(expected)}")
    words = "pear apple fig banana cherry kiwi date".split()
    print(quicksort_functional(words))


if __name__ == "__main__":
    main()
