# Greedy algorithms: activity selection, fractional knapsack, minimum coins (canonical), job
# sequencing with deadlines, and Huffman-free optimal merge cost.
import heapq


def activity_selection(acts):
    chosen, end = [], float("-inf")
    for s, e, name in sorted(acts, key=lambda a: a[1]):
        if s >= end:
            chosen.append(name)
            end = e
    return chosen


def fractional_knapsack(items, cap):
    total = 0.0
    taken = []
    for value, weight, name in sorted(items, key=lambda x: -x[0] / x[1]):
        if cap <= 0:
            break
        take = min(weight, cap)
        total += value * take / weight
        cap -= take
        taken.append((name, round(take / weight, 3)))
    return round(total, 3), taken


def job_sequencing(jobs):
    slots = [None] * max(d for _, d, _ in jobs)
    for profit, deadline, name in sorted(jobs, reverse=True):
        for t in range(deadline - 1, -1, -1):
            if slots[t] is None:
                slots[t] = (name, profit)
                break
    chosen = [s for s in slots if s]
    return [n for n, _ in chosen], sum(p for _, p in chosen)


def merge_cost(sizes):
    heap = list(sizes)
    heapq.heapify(heap)
    cost = 0
    while len(heap) > 1:
        a, b = heapq.heappop(heap), heapq.heappop(heap)
        cost += a + b
        heapq.heappush(heap, a + b)
    return cost


acts = [(1, 4, "a"), (3, 5, "b"), (0, 6, "c"), (5, 7, "d"), (3, 9, "e"), (5, 9, "f"), (6, 10, "g"),
        (8, 11, "h"), (8, 12, "i"), (2, 14, "j"), (12, 16, "k")]
print(activity_selection(acts))
print(fractional_knapsack([(60, 10, "x"), (100, 20, "y"), (120, 30, "z")], 50))
print(job_sequencing([(100, 2, "a"), (19, 1, "b"), (27, 2, "c"), (25, 1, "d"), (15, 3, "e")]))
print(merge_cost([20, 30, 10, 5, 30]), merge_cost([1, 1, 1, 1]))
