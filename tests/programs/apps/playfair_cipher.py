# The Playfair cipher: key square construction, digraph preparation, encryption and decryption.


def key_square(key):
    seen = []
    for ch in (key.upper() + "ABCDEFGHIKLMNOPQRSTUVWXYZ").replace("J", "I"):
        if ch.isalpha() and ch not in seen:
            seen.append(ch)
    return [seen[i:i + 5] for i in range(0, 25, 5)]


def positions(square):
    return {ch: (r, c) for r, row in enumerate(square) for c, ch in enumerate(row)}


def digraphs(text):
    letters = [c for c in text.upper().replace("J", "I") if c.isalpha()]
    pairs, i = [], 0
    while i < len(letters):
        a = letters[i]
        b = letters[i + 1] if i + 1 < len(letters) else "X"
        if a == b:
            pairs.append((a, "X"))
            i += 1
        else:
            pairs.append((a, b))
            i += 2
    return pairs


def transform(pairs, square, shift):
    pos = positions(square)
    out = []
    for a, b in pairs:
        (r1, c1), (r2, c2) = pos[a], pos[b]
        if r1 == r2:
            out.append(square[r1][(c1 + shift) % 5] + square[r2][(c2 + shift) % 5])
        elif c1 == c2:
            out.append(square[(r1 + shift) % 5][c1] + square[(r2 + shift) % 5][c2])
        else:
            out.append(square[r1][c2] + square[r2][c1])
    return out


sq = key_square("playfair example")
for row in sq:
    print(" ".join(row))
msg = "Hide the gold in the tree stump"
pairs = digraphs(msg)
enc = transform(pairs, sq, 1)
print(pairs)
print(" ".join(enc))
dec = transform([tuple(p) for p in enc], sq, -1)
print("".join(dec))
