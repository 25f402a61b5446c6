# Reads text from stdin (see stdin_word_count.stdin) and prints line/word/char counts and top words.
import sys
from collections import Counter

text = sys.stdin.read()
lines = text.splitlines()
words = text.split()
print(len(lines), len(words), len(text))
counts = Counter(w.strip(".,;:!?").lower() for w in words)
for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{w:8} {n}")
