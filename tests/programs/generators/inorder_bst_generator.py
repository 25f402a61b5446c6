# Binary search tree with a generator-based in-order iterator, range queries and a merge of two
# sorted generators.


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        node = [key, None, None]
        if self.root is None:
            self.root = node
        else:
            cur = self.root
            while True:
                side = 1 if key < cur[0] else 2
                if key == cur[0]:
                    return False
                if cur[side] is None:
                    cur[side] = node
                    break
                cur = cur[side]
        self.size += 1
        return True

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node[1]
            node = stack.pop()
            yield node[0]
            node = node[2]

    def range(self, lo, hi):
        def walk(node):
            if node is None:
                return
            if lo < node[0]:
                yield from walk(node[1])
            if lo <= node[0] <= hi:
                yield node[0]
            if node[0] < hi:
                yield from walk(node[2])
        return walk(self.root)

    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node[1]), h(node[2]))
        return h(self.root)


def merge_sorted(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(list(t), t.size, t.height())
print(list(t.range(33, 62)))
u = BST()
for k in range(5, 100, 15):
    u.insert(k)
print(list(merge_sorted(t, u)))
print(list(merge_sorted([], [1, 2])), list(merge_sorted([1, 1], [])))
