# Walrus operator in comprehensions, while loops, and if conditions.
import re

data = [4, 17, 8, 23, 42, 15, 16, 9]
print([y for x in data if (y := x * 3) > 40])
print([(x, r) for x in data if (r := x % 5) in (1, 2)])
total = 0
print([total := total + x for x in data], total)
lines = ["name: ada", "skip me", "age: 36", "lang: python", "???"]
fields = {m.group(1): m.group(2) for line in lines if (m := re.match(r"(\w+): (\w+)", line))}
print(fields)
queue = list(range(10))
taken = []
while (n := len(queue)) > 3:
    taken.append(queue.pop(0) * n)
print(taken, queue)
if (count := sum(1 for x in data if x % 2)) > 3:
    print(f"{count} odd values")
chunks = []
it = iter(range(11))
while chunk := [x for _, x in zip(range(4), it)]:
    chunks.append(chunk)
print(chunks)
print([last := c for c in "abc"], last)
