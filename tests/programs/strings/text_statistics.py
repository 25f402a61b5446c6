# Text statistics: sentences, syllable estimate, Flesch reading ease, longest words.
import re

TEXT = """The old lighthouse stood at the edge of the cliff. For a hundred years it had warned
ships away from the rocks! Nobody remembered who built it. Children in the village told stories
about a keeper who never slept; their parents smiled and said nothing. Was it true? Perhaps."""


def sentences(text):
    return [s.strip() for s in re.split(r"[.!?]+", text) if s.strip()]


def syllables(word):
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and count > 1 and not word.endswith("le"):
        count -= 1
    return max(1, count)


sents = sentences(TEXT)
words = re.findall(r"[A-Za-z']+", TEXT)
syl = sum(syllables(w) for w in words)
print(len(sents), len(words), syl)
for s in sents:
    print(f"{len(s.split()):3d} | {s[:40]}")
flesch = 206.835 - 1.015 * (len(words) / len(sents)) - 84.6 * (syl / len(words))
print(f"Flesch reading ease: {flesch:.2f}")
longest = sorted(set(w.lower() for w in words), key=lambda w: (-len(w), w))[:5]
print(longest, [syllables(w) for w in longest])
caps = [w for w in words if w[0].isupper()]
print(caps)
print(f"avg word length {sum(map(len, words)) / len(words):.3f}")
