import unicodedata

words = ["straße", "Ǆungla", "ﬁnance", "İstanbul", "ΣΊΣΥΦΟΣ", "naïve", "日本語", "emoji😀", "café"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w.casefold(), w.title(), w.swapcase(), w.capitalize())
print("ß".upper(), "ﬃ".upper(), "ŉ".upper(), len("ß".upper()))
s = "héllo wörld ✓"
enc = s.encode("utf-8")
print(enc, len(enc), enc.decode("utf-8") == s, s.encode("latin-1", errors="replace"), s.encode("ascii", errors="ignore"))
print(s.encode("ascii", errors="xmlcharrefreplace"), s.encode("ascii", errors="backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.start, e.end, e.reason)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff\xfeabc".decode("utf-8", errors="replace"), b"caf\xc3\xa9".decode(), bytes("é", "latin-1"))
for ch in ["a", "Z", "5", "½", "٣", "²", "Ⅻ", " ", "\t", "_", "é", "中"]:
    print(repr(ch), ch.isalpha(), ch.isdigit(), ch.isnumeric(), ch.isdecimal(), ch.isspace(), ch.isalnum(), ch.isidentifier(), ord(ch))
print(unicodedata.name("é"), unicodedata.category("é"), unicodedata.normalize("NFD", "é") == "e\u0301", len(unicodedata.normalize("NFC", "e\u0301")))
print(chr(0x1F600), hex(ord("€")), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "\x41")
print("Hello World".center(21, "*"), "42".zfill(6), "-42".zfill(6), "abc".ljust(5, ".") + "|", "abc".rjust(5) + "|")
print("a,b,,c".split(","), "a b  c ".split(), "  x  ".strip(), "xxabcxx".strip("x"), "line1\nline2\r\nline3".splitlines())
print("one two three".partition(" "), "one two three".rpartition(" "), "k=v=w".split("=", 1), "a.b.c".rsplit(".", 1))
tbl = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(tbl), "hello".replace("l", "L", 1), "banana".count("an"), "banana".find("na", 3), "banana".rfind("na"))
print("Python".startswith(("Py", "Ja")), "file.tar.gz".endswith(".gz"), "abc".index("c"), "-".join(["a", "b"]), "ab" * 3)
print("tab\tsep".expandtabs(4), "TeSt".lower().islower(), "Title Case Here".istitle(), "   ".isspace(), "".isspace())
print("{:>6}|{:<6}|{:^6}".format("日本", "ab", "é"), len("e\u0301"), "e\u0301"[::-1] == "\u0301e")
print(sorted(["b", "A", "a", "B", "é", "e"]), sorted(["b", "A", "a", "B"], key=str.lower), max("hello"), min("hello"))
print(str(b"bytes"), repr("quote'd"), repr('dq"'), repr("both'\""), repr("\x00\x7f\u200b"))
print("%-6s|%6s|" % ("ñ", "日本"), "abc"[5:], "abc"[-10:2], "hello"[::2], "hello"[::-1], "hello"[1:-1])
