# Morse code encode/decode, binary/hex text encodings, and a simple base32 encoder by hand.
import base64

MORSE = {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
         "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
         "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
         "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
         "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----."}
REVERSE = {v: k for k, v in MORSE.items()}


def to_morse(text):
    return " / ".join(" ".join(MORSE[c] for c in word if c in MORSE) for word in text.upper().split())


def from_morse(code):
    return " ".join("".join(REVERSE[s] for s in word.split()) for word in code.split(" / "))


def b32(data):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    bits = "".join(f"{b:08b}" for b in data)
    bits += "0" * (-len(bits) % 5)
    out = "".join(alphabet[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))
    return out + "=" * (-len(out) % 8)


msg = "SOS Help 2024"
m = to_morse(msg)
print(m)
print(from_morse(m))
print(" ".join(f"{ord(c):08b}" for c in "Hi!"), "Hi!".encode().hex(" "))
for data in [b"", b"f", b"fo", b"foo", b"foobar", b"Py2Wasm!"]:
    mine = b32(data)
    print(data, mine, mine == base64.b32encode(data).decode())
