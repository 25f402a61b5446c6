# Recursive pattern matching over linked lists (nested tuples) and binary trees (dicts).


def length(lst):
    match lst:
        case None:
            return 0
        case (_, rest):
            return 1 + length(rest)


def to_list(lst):
    match lst:
        case None:
            return []
        case (head, tail):
            return [head] + to_list(tail)


def from_list(items):
    out = None
    for x in reversed(items):
        out = (x, out)
    return out


def tree_insert(tree, key):
    match tree:
        case None:
            return {"key": key, "left": None, "right": None}
        case {"key": k, "left": left, "right": right} if key < k:
            return {"key": k, "left": tree_insert(left, key), "right": right}
        case {"key": k, "left": left, "right": right} if key > k:
            return {"key": k, "left": left, "right": tree_insert(right, key)}
        case _:
            return tree


def inorder(tree):
    match tree:
        case None:
            return []
        case {"key": k, "left": l, "right": r}:
            return inorder(l) + [k] + inorder(r)


def depth(tree):
    match tree:
        case None:
            return 0
        case {"left": l, "right": r}:
            return 1 + max(depth(l), depth(r))


lst = from_list([3, 1, 4, 1, 5])
print(lst, length(lst), to_list(lst))
t = None
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t = tree_insert(t, k)
print(inorder(t), depth(t))
