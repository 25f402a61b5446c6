s = "  Hello, World! Python is Fun.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" .")))
print(s.split(), s.split(","), s.strip().split(" ", 2), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "".split(","), "".split())
print("line1\nline2\r\nline3\n".splitlines(), "x\ny\n".splitlines(True))
print(s.lower(), s.upper(), s.title(), s.swapcase(), "hello world".capitalize())
print(s.count("o"), s.find("o"), s.rfind("o"), s.find("zz"), s.index("W"), s.find("o", 10, 20))
print(s.replace("o", "0"), s.replace("o", "0", 1), "aaa".replace("a", "bb"))
print("abc".center(9, "-"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5), "+7".zfill(4))
print("hello".startswith(("he", "x")), "hello".endswith("lo"), "hello".startswith("l", 2))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Hello World".istitle(), "abc".islower(), "ABC".isupper(), "½".isnumeric(), "12".isdecimal())
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), "abc" * 3, "x" in "xyz")
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
print("tab\tseparated\tvalues".expandtabs(4), "Straße".casefold(), "ǅ".lower())
print("hello"[1:4], "hello"[::-1], "hello"[-3:], "hello"[10:], "hello"[::2], "hello"[-1::-2])
print(ord("A"), chr(97), chr(0x1F600), ord("é"), "é".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"))
print(len("héllo wörld"), "héllo".upper(), "ß".upper(), "ﬁ".upper())
print("%s" % "x", "a{}b".format(1), "prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
print(sorted("banana"), sorted(set("mississippi")), "".join(sorted("hello", reverse=True)))
print("abc" < "abd", "Z" < "a", "apple" > "app", min("hello"), max(["b", "ab", "abc"], key=len))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)))
print({w: len(w) for w in words})
print(" ".join(w[::-1] for w in words))
print("".join(c for c in "Hello World 123" if c.isalpha()).lower())
def is_pal(t):
    t = "".join(c.lower() for c in t if c.isalnum())
    return t == t[::-1]
print([is_pal(x) for x in ["A man, a plan, a canal: Panama", "race a car", ""]])
def caesar(t, k):
    out = []
    for c in t:
        if c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 13)
print(enc, caesar(enc, 13))
print(repr("quote'single"), repr('quote"double'), repr("both'\""), repr("\t\n\\\x00\x7f\u00e9\u200b"))
print(str(b"bytes\x00\xff"), bytes([65, 66]), bytearray(b"xy"), b"abc".hex(), bytes.fromhex("4142"))
print("a b c".split(" "), "  a  b ".split(" "), "1,2;3".replace(";", ",").split(","))
print("Hello".encode("ascii"), "x".join("abc"), "ab".join(["1", "2", "3"]))
print("%-10s|%10s|" % ("left", "right"), "%.2f%%" % 99.5, "%5.1f" % -0.05, "%d" % 3.99, "%i" % True)
print("{:>8.3f}".format(2.0/3), str(12).rjust(4, "0"), "abc".find(""), "abc".count(""))
print("CamelCaseString".lower(), "snake_case_here".split("_"), "".join(x.title() for x in "snake_case_here".split("_")))
import re
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseString").lower())
print("a\u0301".__len__(), "é" == "e\u0301", ascii("naïve"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
