# Dict and set comprehensions: inversion, grouping, filtering, set algebra with sorted output.

text = "the rain in spain stays mainly in the plain but the rain is rare"
words = text.split()
lengths = {w: len(w) for w in words}
print(lengths)
inverse = {}
for w, n in lengths.items():
    inverse.setdefault(n, []).append(w)
print({n: sorted(ws) for n, ws in sorted(inverse.items())})
counts = {w: words.count(w) for w in dict.fromkeys(words)}
print({w: c for w, c in counts.items() if c > 1})
squares = {n: n * n for n in range(10) if n % 2}
print(squares, {v: k for k, v in squares.items()})
vowels = {c for c in text if c in "aeiou"}
print(sorted(vowels), len(vowels))
ain = {w for w in words if "ain" in w}
short = {w for w in words if len(w) <= 3}
print(sorted(ain), sorted(short), sorted(ain & short), sorted(ain - short), sorted(ain | short)[:4])
print(sorted({n % 7 for n in range(100)}), {n % 3: n for n in range(10)})
grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(grid)
print({k: v for k, v in zip("abc", [1, 2, 3])}, dict(zip("abc", range(3))))
print({x: {y: x * y for y in range(1, 3)} for x in range(1, 3)})
print(sorted({frozenset((a, b)) for a in range(3) for b in range(3) if a != b}, key=sorted))
