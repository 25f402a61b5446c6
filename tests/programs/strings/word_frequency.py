# Word frequency analysis of a paragraph: normalisation, Counter, ties broken alphabetically.
from collections import Counter
import re

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(len(words), len(counts))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:>10} {n:3d} {'*' * n}")
print(counts.most_common(3))
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
bigrams = Counter(zip(words, words[1:]))
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print("".join(c for c, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
hapax = sorted(w for w, n in counts.items() if n == 1)
print(hapax)
