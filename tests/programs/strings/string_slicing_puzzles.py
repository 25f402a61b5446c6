# Slicing puzzles: rotations, reversing words, every nth char, negative steps, slice objects.

s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::3], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]), s[::-3])


def rotate(t, k):
    k %= len(t) or 1
    return t[k:] + t[:k]


print([rotate("rotate", k) for k in range(-2, 4)])
print(" ".join(w[::-1] for w in "reverse each word here".split()))
print(" ".join("reverse the word order".split()[::-1]))
sl = slice(1, 8, 2)
print(s[sl], list(range(10))[sl], sl.indices(5), slice(None, None, -1).indices(4))
nums = list(range(10))
nums[2:5] = ["x"]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[1:3]
print(nums)
nums[:0] = [-1, -2]
print(nums, nums[-2::-2])
t = tuple("tuple")
print(t[1:3], t[::-1], (1, 2, 3)[-2:])
is_rotation = lambda a, b: len(a) == len(b) and b in a + a
print(is_rotation("waterbottle", "erbottlewat"), is_rotation("abc", "acb"))
