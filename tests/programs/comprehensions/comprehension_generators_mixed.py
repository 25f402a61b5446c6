# Comprehensions feeding generators and vice versa: lazy pipelines, early termination with any(),
# nested generator expressions over files-as-strings, and dict-of-sets inversions.

FILES = {
    "a.txt": "alpha beta\ngamma\n",
    "b.txt": "beta delta\n\nepsilon beta\n",
    "c.txt": "",
}
lines = ((name, i, line) for name, text in FILES.items() for i, line in enumerate(text.splitlines(), 1))
nonempty = [(n, i, l) for n, i, l in lines if l.strip()]
print(nonempty)
index = {}
for name, _, line in nonempty:
    for w in line.split():
        index.setdefault(w, set()).add(name)
print({w: sorted(files) for w, files in sorted(index.items())})
by_file = {name: sorted(w for w, files in index.items() if name in files) for name in FILES}
print(by_file)
checked = []


def is_big(n):
    checked.append(n)
    return n > 10


print(any(is_big(n) for n in [1, 5, 20, 30, 40]), checked)
word_lengths = {len(w) for text in FILES.values() for w in text.split()}
print(sorted(word_lengths), max((len(w), w) for t in FILES.values() for w in t.split()))
matrix = [[(r + 1) * (c + 1) for c in range(4)] for r in range(4)]
print(sum(sum(x for x in row if x % 2 == 0) for row in matrix), [max(col) for col in zip(*matrix)])
