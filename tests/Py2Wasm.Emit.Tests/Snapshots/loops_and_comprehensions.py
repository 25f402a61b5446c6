total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
else:
    print("loop finished")
squares = {n: n * n for n in range(4) if n}
print(total, squares, [x for x in "abc"], sum(n for n in range(5)))
