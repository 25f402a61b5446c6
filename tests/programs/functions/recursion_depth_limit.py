# How deep Python-to-Python recursion gets before RecursionError: the module's own frame counts, as in CPython.
import sys


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


def outer():
    return depth(0)


class Walker:
    def down(self, n):
        try:
            return self.down(n + 1)
        except RecursionError:
            return n


def mutual_a(n):
    try:
        return mutual_b(n + 1)
    except RecursionError:
        return n


def mutual_b(n):
    return mutual_a(n + 1)


print(depth(0), outer(), Walker().down(0))
for limit in (50, 120, 300):
    sys.setrecursionlimit(limit)
    print(limit, depth(0), outer(), Walker().down(0), mutual_a(0), sys.getrecursionlimit())


def crash(n):
    return crash(n + 1)


sys.setrecursionlimit(1000)
crash(0)
