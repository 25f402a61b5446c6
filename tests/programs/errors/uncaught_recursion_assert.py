# Expected: an AssertionError with a message escapes from a recursive function.


def depth_sum(tree, depth=0):
    assert depth < 4, f"tree too deep at level {depth}"
    if isinstance(tree, int):
        return tree * depth
    return sum(depth_sum(t, depth + 1) for t in tree)


print(depth_sum([1, [2, 3], [[4]]]))
print(depth_sum([1, [2, [3, [4, [5]]]]]))
