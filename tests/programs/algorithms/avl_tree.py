# AVL tree with insertion, deletion and rebalancing; verifies balance and order invariants.


class Node:
    __slots__ = ("key", "left", "right", "height")

    def __init__(self, key):
        self.key, self.left, self.right, self.height = key, None, None, 1


def h(n):
    return n.height if n else 0


def update(n):
    n.height = 1 + max(h(n.left), h(n.right))


def rotate_right(y):
    x = y.left
    y.left, x.right = x.right, y
    update(y)
    update(x)
    return x


def rotate_left(x):
    y = x.right
    x.right, y.left = y.left, x
    update(x)
    update(y)
    return y


def rebalance(n):
    update(n)
    bal = h(n.left) - h(n.right)
    if bal > 1:
        if h(n.left.left) < h(n.left.right):
            n.left = rotate_left(n.left)
        return rotate_right(n)
    if bal < -1:
        if h(n.right.right) < h(n.right.left):
            n.right = rotate_right(n.right)
        return rotate_left(n)
    return n


def insert(n, key):
    if n is None:
        return Node(key)
    if key < n.key:
        n.left = insert(n.left, key)
    elif key > n.key:
        n.right = insert(n.right, key)
    else:
        return n
    return rebalance(n)


def delete(n, key):
    if n is None:
        return None
    if key < n.key:
        n.left = delete(n.left, key)
    elif key > n.key:
        n.right = delete(n.right, key)
    else:
        if not n.left or not n.right:
            return n.left or n.right
        succ = n.right
        while succ.left:
            succ = succ.left
        n.key = succ.key
        n.right = delete(n.right, succ.key)
    return rebalance(n)


def inorder(n):
    return inorder(n.left) + [n.key] + inorder(n.right) if n else []


def balanced(n):
    if n is None:
        return True
    return abs(h(n.left) - h(n.right)) <= 1 and balanced(n.left) and balanced(n.right)


root = None
for k in range(1, 101):
    root = insert(root, k)
print(h(root), balanced(root), inorder(root)[:10], root.key)
for k in range(1, 101, 3):
    root = delete(root, k)
keys = inorder(root)
print(len(keys), h(root), balanced(root), keys[:8], keys == sorted(keys))
root2 = None
for k in [(i * 7919) % 1000 for i in range(500)]:
    root2 = insert(root2, k)
print(len(inorder(root2)), h(root2), balanced(root2))
