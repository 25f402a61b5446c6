# for/while with else clauses, break/continue, nested loop exits via flags and functions.


def find_factor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            print(f"{n} = {d} * {n // d}")
            break
    else:
        print(f"{n} is prime")


for n in (91, 97, 1, 2, 221):
    find_factor(n)
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i", i, end="; ")
else:
    print("while finished normally")
target = 7
attempts = iter([3, 9, 7, 1])
while (guess := next(attempts, None)) is not None:
    if guess == target:
        print("found", guess)
        break
else:
    print("never found")
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 42:
            found = (r, c)
            break
    if found:
        break
print("42 at", found)
for x in []:
    print("never")
else:
    print("empty loop else runs")
count = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        count += 1
print("count", count)
