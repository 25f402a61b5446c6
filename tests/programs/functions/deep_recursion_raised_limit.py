# Deep recursion under a raised sys.setrecursionlimit (CPython 3.11 runs 50,000 frames), then RecursionError at the default limit.
import sys
sys.setrecursionlimit(200000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
def walk(node, acc):
    if node is None:
        return acc
    acc.append(node[0])
    return walk(node[1], acc)
lst = None
for i in range(30000):
    lst = (i, lst)
print(len(walk(lst, [])))
sys.setrecursionlimit(1000)
def inf(n): return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError", e)
