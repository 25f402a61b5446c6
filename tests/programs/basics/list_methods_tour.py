# A tour of list operations: construction, mutation methods, sorting, searching, copying,
# aliasing, comparison, multiplication pitfalls and in-place operators.
nums = [5, 3, 8, 1, 9, 2]
nums.append(7)
nums.extend([4, 6])
nums.insert(0, 10)
nums.insert(-1, 11)
nums.insert(100, 12)
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(8)
print(nums, nums.index(9), nums.count(3), 3 in nums, 42 not in nums)
nums.sort()
print(nums)
nums.sort(reverse=True, key=lambda x: x % 5)
print(nums)
nums.reverse()
print(nums, sorted(nums), list(reversed(nums)))
alias = nums
copy1, copy2, copy3 = nums[:], list(nums), nums.copy()
alias.append(100)
print(len(nums), len(copy1), copy1 == copy2 == copy3, alias is nums, copy1 is nums)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
grid = [[0] * 3] * 2
grid[0][0] = 1
safe = [[0] * 3 for _ in range(2)]
safe[0][0] = 1
print(grid, safe)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]], [0] * 0, [None] * 3)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), max(words), min(words, key=len))
try:
    nums.index(12345)
except ValueError as e:
    print("ValueError:", e)
nums.clear()
print(nums, alias, bool(nums))
m = [3, 1, 2]
m[1:2] = [7, 8, 9]
m[::2] = ["a", "b", "c"]
print(m, m[::-1], m[-2:], m[:-2], m * 2)
