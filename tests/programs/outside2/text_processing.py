import string
import textwrap
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""


def words(text):
    table = str.maketrans("", "", string.punctuation)
    return text.translate(table).lower().split()


w = words(TEXT)
print(len(w), len(set(w)), Counter(w).most_common(4))
print(textwrap.fill(TEXT.replace("\n", " "), width=50))
print(textwrap.wrap("a b c d e f g", 5), textwrap.shorten("Hello  big   world of text", 15))
print(textwrap.dedent("""\
    indented
      more
    back"""))
print(textwrap.indent("x\ny", "> "))
print(string.ascii_lowercase[:5], string.digits, string.capwords("hello wORLD  foo"))
print("Hello".swapcase(), "hello world".title(), "ABC".casefold(), "straße".upper())
print("  pad  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(), "a\nb\r\nc".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("z"))
print("hello".find("l"), "hello".rfind("l"), "hello".index("e"), "hello".count("l"), "hello".find("z"))
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "abc123".isalnum(), "123".isdigit(), " ".isspace())
print("-".join(["a", "b"]), "ab" * 3, "hello"[::-1], "hello"[1:-1], "hello"[::2])
print("Hello World".replace("o", "0", 1), "tab\tsep".expandtabs(2), "a{}b".format(1))
print("%-10s|" % "left", "Title Case".istitle(), "UP".isupper(), "ß".lower(), "ǅ".lower())
print(ord("A"), chr(9731), "é".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"), len("☃"), "☃".encode())
print(str.maketrans({"a": "1"}), "banana".translate({ord("a"): "o", ord("n"): None}))
print("removeprefix".removeprefix("remove"), "file.txt".removesuffix(".txt"), "abc".zfill(5))


def caesar(s, k):
    def shift(c):
        if c.islower():
            return chr((ord(c) - 97 + k) % 26 + 97)
        if c.isupper():
            return chr((ord(c) - 65 + k) % 26 + 65)
        return c
    return "".join(map(shift, s))


enc = caesar("Attack at Dawn!", 3)
print(enc, caesar(enc, -3))


def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]


print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "race a car", ""]])
freq = Counter(c for c in TEXT.lower() if c.isalpha())
for letter, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{letter}: {'#' * (n // 3)} {n}")
lines = TEXT.splitlines()
print(max(lines, key=len)[:20], sorted(lines, key=lambda l: l.count("it"))[0][:10])
print(" ".join(reversed("the sky is blue".split())), "".join(sorted("hello")), sorted("Banana", key=str.lower))
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\n\t\\"), ascii("naïve"), "\x41\u00e9")
