# Caesar and Vigenere ciphers with frequency-analysis cracking of the Caesar shift.

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
ENGLISH = [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074]


def shift_char(ch, k):
    if ch not in ALPHABET:
        return ch
    return ALPHABET[(ALPHABET.index(ch) + k) % 26]


def caesar(text, k):
    return "".join([shift_char(ch, k) for ch in text])


def vigenere(text, key, direction):
    out = []
    i = 0
    for ch in text:
        if ch in ALPHABET:
            k = ALPHABET.index(key[i % len(key)]) * direction
            out.append(shift_char(ch, k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def frequencies(text):
    counts = [0] * 26
    total = 0
    for ch in text:
        if ch in ALPHABET:
            counts[ALPHABET.index(ch)] += 1
            total += 1
    return [c * 100.0 / max(total, 1) for c in counts]


def score(text):
    freq = frequencies(text)
    s = 0.0
    for i in range(26):
        d = freq[i] - ENGLISH[i]
        s += d * d / ENGLISH[i]
    return s


def crack(cipher):
    best_k = 0
    best_score = 1e18
    for k in range(26):
        sc = score(caesar(cipher, -k))
        if sc < best_score:
            best_score = sc
            best_k = k
    return best_k


message = "the quick brown fox jumps over the lazy dog while the cat sleeps in the warm sun"
secret = caesar(message, 11)
print(secret)
print(crack(secret))
v = vigenere(message, "lemon", 1)
print(v)
print(vigenere(v, "lemon", -1) == message)
