# Unicode handling: code points, combining characters, case mapping, encode/decode, ord/chr.
import unicodedata

words = ["café", "naïve", "Straße", "日本語", "emoji 🎉", "Ωmega", "ﬁne"]
for w in words:
    print(f"{w!r:14} len={len(w):2d} bytes={len(w.encode('utf-8')):2d} upper={w.upper()!r} "
          f"casefold={w.casefold()!r}")
s = "e\u0301"
print(len(s), s == "é", unicodedata.normalize("NFC", s) == "é", len(unicodedata.normalize("NFD", "é")))
print([hex(ord(c)) for c in "a€😀"], chr(0x1F600) == "😀", "\N{GREEK SMALL LETTER ALPHA}")
print("😀abc"[1:], "日本語"[::-1], "日本語".find("語"), "ab😀cd".index("c"))
print("héllo".encode("utf-8"), "héllo".encode("ascii", errors="replace"), "héllo".encode("latin-1"))
print(b"h\xc3\xa9llo".decode(), bytes([104, 105]).decode("ascii"), "abc".encode() + b"!")
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.category("9"), unicodedata.category(" "))
print(sorted(["b", "A", "a", "B", "é", "e"]), sorted(["b", "A", "a", "B"], key=str.lower))
print("ǆ".title(), "ß".upper(), "İ".lower().encode("utf-8"), "ΣΑΣ".lower())
print(repr("\x00\x1f\x7f\u200b\ufeff"), ascii("naïve ☃"), "tab\there".isprintable())
print(str(b"bytes repr"), repr(bytearray(b"ab")), list(b"AZ"))
