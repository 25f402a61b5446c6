# Classical ciphers: Caesar, Vigenere, Atbash and a frequency-analysis Caesar breaker.
import string

ENGLISH_FREQ = "etaoinshrdlcumwfgypbvkjxqz"


def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for c in text:
        if c.isalpha():
            k = ord(key[i % len(key)].lower()) - 97
            out.append(shift_char(c, -k if decrypt else k))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def atbash(text):
    table = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                          string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1])
    return text.translate(table)


def crack_caesar(cipher):
    def score(candidate):
        return sum(26 - ENGLISH_FREQ.index(c) for c in candidate.lower() if c.isalpha())
    return max(range(26), key=lambda k: score(caesar(cipher, -k)))


msg = "The Quick Brown Fox Jumps Over The Lazy Dog, then rests near the river."
c = caesar(msg, 13)
print(c)
print(caesar(c, 13) == msg, caesar("xyz XYZ", 3))
v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", decrypt=True))
print(atbash("Hello, World!"), atbash(atbash("round trip")))
secret = caesar("attack at dawn and retreat at dusk, meet at the eastern gate", 7)
k = crack_caesar(secret)
print(k, caesar(secret, -k))
