# Snippet for the 'bisect' adapter: every mapped name, called through the module and as imported values.
import bisect
from bisect import bisect_left, insort_right

grades = [60, 70, 80, 90]
for score in [33, 60, 65, 70, 89, 90, 100]:
    print(score, bisect.bisect(grades, score), bisect.bisect_left(grades, score), bisect.bisect_right(grades, score))
print(bisect.bisect_left(grades, 75, 1, 3), bisect.bisect_right(grades, 70, lo=2), bisect.bisect(grades, 80, hi=2))
xs = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(xs, v)
print(xs)
bisect.insort_left(xs, 5)
insort_right(xs, 3)
bisect.insort_right(xs, 0, 0, 1)
print(xs)
words = ["apple", "fig", "kiwi"]
print(bisect_left(words, "grape"), bisect.bisect(words, "fig"))
print(bisect.bisect_left([(1, "a"), (2, "b")], (2, "a")))
print(bisect.bisect_left(["a", "bb", "ccc"], 2, key=len), bisect.bisect_right(["a", "bb", "ccc"], 2, key=len))
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print("ValueError:", e)
