# Building a concordance (word -> line numbers) and keyword-in-context display.
import re

POEM = """Tyger Tyger, burning bright,
In the forests of the night;
What immortal hand or eye,
Could frame thy fearful symmetry?
In what distant deeps or skies.
Burnt the fire of thine eyes?
On what wings dare he aspire?
What the hand, dare seize the fire?"""

index = {}
lines = POEM.splitlines()
for n, line in enumerate(lines, 1):
    for w in re.findall(r"[a-z]+", line.lower()):
        index.setdefault(w, [])
        if n not in index[w]:
            index[w].append(n)
for w in sorted(index):
    if len(index[w]) > 1:
        print(f"{w:10} {index[w]}")


def kwic(word, width=18):
    out = []
    for line in lines:
        for m in re.finditer(rf"\b{word}\b", line, re.I):
            left = line[:m.start()][-width:]
            right = line[m.end():][:width]
            out.append(f"{left:>{width}} [{m.group()}] {right}")
    return out


for w in ("what", "fire", "the"):
    print(f"--- {w}")
    print("\n".join(kwic(w)))
