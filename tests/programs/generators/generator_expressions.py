# Generator expressions as arguments: sum/min/max/any/all/sorted/join/dict/tuple; laziness checks.

words = "It was the best of times it was the worst of times it was the age of wisdom".split()
print(sum(len(w) for w in words), max(len(w) for w in words))
print(min((w for w in words if len(w) > 3), key=str.lower))
print(any(w.isupper() for w in words), all(w.isalpha() for w in words))
print(" ".join(w.upper() for w in words if w.lower() == "times"))
print(sorted(set(w.lower() for w in words)))
print(dict((w, len(w)) for w in words[:4]))
print(tuple(i * i for i in range(6)), list(x for x in range(10) if x % 3 == 0))
evaluated = []


def noisy(x):
    evaluated.append(x)
    return x


g = (noisy(x) for x in range(10))
print(evaluated)
print(next(g), next(g), evaluated)
print(any(noisy(x) > 4 for x in range(100)), evaluated[-1])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(x for row in matrix for x in row if x % 2), list(sum(r) for r in zip(*matrix)))
print(max(((r, c) for r in range(3) for c in range(3)), key=lambda rc: matrix[rc[0]][rc[1]] % 4))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
