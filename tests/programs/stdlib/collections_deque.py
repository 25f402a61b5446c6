# collections.deque: rotation, maxlen, appendleft/popleft, palindrome check, sliding max.
from collections import deque


def sliding_max(nums, k):
    dq, out = deque(), []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, d.count(7), d.index(8))
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=" ")
print()
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
word = deque("racecar")
while len(word) > 1 and word.popleft() == word.pop():
    pass
print("palindrome" if len(word) <= 1 else "not palindrome")
josephus = deque(range(1, 42))
order = []
while josephus:
    josephus.rotate(-2)
    order.append(josephus.popleft())
print(order[-3:], order[:5])
d2 = deque([1, 2, 3])
d2.remove(2)
d2.insert(1, 9)
d2.reverse()
print(d2, 9 in d2, list(reversed(d2)), deque(maxlen=2).maxlen)
