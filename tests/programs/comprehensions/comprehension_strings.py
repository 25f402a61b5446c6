# Comprehensions over strings: character classes, acronyms, caesar shifts, and word squares.

sentence = "Portable Network Graphics are Widely Used on the World Wide Web"
print("".join(w[0] for w in sentence.split() if w[0].isupper()))
print([w for w in sentence.split() if w.lower() == w])
print({c: sentence.lower().count(c) for c in "aeiou"})
print("".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world"))
print([i for i, c in enumerate(sentence) if c == "W"])
words = ["BALL", "AREA", "LEAD", "LADY"]
cols = ["".join(w[i] for w in words) for i in range(4)]
print(cols, cols == words)
print(sorted(set(sentence.lower()) - set(" "), key=lambda c: (-sentence.lower().count(c), c))[:6])
pairs = [(a, b) for a in "abc" for b in "abc" if a < b]
print(pairs, ["".join(p) for p in pairs])
print([s[::-1] for s in sentence.split()[:4]], [len(s) for s in sentence.split()])
