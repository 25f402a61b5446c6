import re
from collections import Counter
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

words = re.findall(r"[a-z']+", TEXT.lower())
c = Counter(words)
print(len(words), len(c))
for w, n in c.most_common(6):
    print(f"{w:>8} {n:3d} {'#' * n}")
letters = Counter(ch for ch in TEXT.lower() if ch in string.ascii_lowercase)
print(''.join(k for k, _ in letters.most_common(10)))
sentences = [s.strip() for s in re.split(r'[,.]\s*', TEXT) if s.strip()]
print(len(sentences), sentences[-1])
print(max(sentences, key=len))
caps = re.sub(r'\b(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), "hello big world of python")
print(caps)
print(string.capwords("  many   spaces here "))
tbl = str.maketrans("aeiou", "AEIOU", "st")
print("it was the best of times".translate(tbl))
print(re.sub(r'(\w+) of (\w+)', r'\2-\1', "age of wisdom, epoch of belief"))
for m in re.finditer(r'season of (\w+)', TEXT):
    print(m.start(), m.end(), m.group(1), m.span(1))
print(re.split(r'(\s)', "a b  c"))
print("word counts:", sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(c['times'], c['missing'], (c + Counter(['times'])) ['times'])
print(textwidth := max(len(w) for w in words))
import textwrap
for line in textwrap.wrap(TEXT.replace("\n", " "), width=50)[:4]:
    print("|" + line.ljust(50) + "|")
print(textwrap.dedent("""\
    indented
      more
    back"""))
print(textwrap.indent("a\nb\n", "> "), end="")
print(textwrap.fill("the quick brown fox jumps over the lazy dog", 15))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25))
