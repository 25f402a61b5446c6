# Lambdas everywhere: sort keys, dispatch tables, immediately-invoked lambdas, conditional lambdas.

students = [
    {"name": "ana", "grade": 88, "age": 20},
    {"name": "ben", "grade": 92, "age": 22},
    {"name": "cai", "grade": 88, "age": 19},
    {"name": "dee", "grade": 75, "age": 21},
    {"name": "eve", "grade": 92, "age": 20},
]
print([s["name"] for s in sorted(students, key=lambda s: (-s["grade"], s["age"]))])
print([s["name"] for s in sorted(students, key=lambda s: s["name"][::-1])])
grade_letter = lambda g: "A" if g >= 90 else "B" if g >= 80 else "C"
print({s["name"]: grade_letter(s["grade"]) for s in students})
actions = {
    "double": lambda x: x * 2,
    "negate": lambda x: -x,
    "square": lambda x: x ** 2,
    "half": lambda x: x / 2,
}
x = 3
for name in ["double", "square", "negate", "half"]:
    x = actions[name](x)
    print(name, x)
print((lambda a, b=10, *rest, **kw: (a, b, rest, kw))(1, 2, 3, k=4))
adders = [(lambda n: lambda x: x + n)(n) for n in range(3)]
print([f(10) for f in adders])
print(list(filter(lambda w: len(w) > 3, "the quick brown fox jumps".split())))
print(sorted(range(-5, 6), key=lambda v: (abs(v), v)))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
