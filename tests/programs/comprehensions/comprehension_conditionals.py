# Conditional expressions and filters inside comprehensions; FizzBuzz variants; clamp and classify.

print(["FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n
       for n in range(1, 21)])
vals = [-7, 3, 15, 0, 22, -1, 9]
print([max(0, min(10, v)) for v in vals])
print([v if v >= 0 else "neg" for v in vals if v != 0])
print({v: ("even" if v % 2 == 0 else "odd") for v in vals})
words = ["Apple", "banana", "Cherry", "date", "Elderberry", "fig"]
print([w.lower() if w[0].isupper() else w.upper() for w in words if len(w) > 3])
print(sorted({len(w) for w in words if "e" in w.lower()}))
grid = [[(r * 3 + c) % 4 for c in range(5)] for r in range(4)]
print(["".join("#" if v == 0 else "." for v in row) for row in grid])
nums = range(30)
print([n for n in nums if n % 2 if n % 3 if n % 5])
print([(a, b) for a in range(4) if a for b in range(a) if (a + b) % 2])
