def square(v):
    return [v := v * v for _ in range(1)][0]

print(square(3), sum(t for t in range(4)))
