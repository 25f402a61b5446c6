# Heap sort written by hand with sift-down, plus a k-smallest selection.


def sift_down(a, start, end):
    root = start
    while True:
        child = 2 * root + 1
        if child > end:
            break
        if child + 1 <= end and a[child] < a[child + 1]:
            child += 1
        if a[root] < a[child]:
            a[root], a[child] = a[child], a[root]
            root = child
        else:
            break


def heapsort(a):
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift_down(a, start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end - 1)
    return a


def k_smallest(a, k):
    heap = []
    for x in a:
        heap.append(-x)
        i = len(heap) - 1
        while i > 0 and heap[(i - 1) // 2] < heap[i]:
            heap[(i - 1) // 2], heap[i] = heap[i], heap[(i - 1) // 2]
            i = (i - 1) // 2
        if len(heap) > k:
            heap[0] = heap[-1]
            heap.pop()
            j = 0
            n = len(heap)
            while True:
                l, r, big = 2 * j + 1, 2 * j + 2, j
                if l < n and heap[l] > heap[big]:
                    big = l
                if r < n and heap[r] > heap[big]:
                    big = r
                if big == j:
                    break
                heap[j], heap[big] = heap[big], heap[j]
                j = big
    return sorted(-x for x in heap)


data = [(i * 7919) % 1009 for i in range(200)]
print(heapsort(list(data))[:10])
print(heapsort(list(data)) == sorted(data))
print(k_smallest(data, 7))
print(heapsort([3.5, -1.25, 2.0, 0.0, -0.5]))
print(heapsort(["delta", "alpha", "charlie", "bravo"]))
