import string

TEXT = """Über den Wolken muß die Freiheit wohl grenzenlos sein.
Ça va? Très bien! Naïve café owners' résumés — "quoted" text…
ΑΒΓ δεζ; Привет, мир! 日本語のテキスト。 émoji: 😀👍🏽
Tabs\there, and    multiple   spaces.  The END."""

lines = TEXT.splitlines()
print(len(TEXT), len(lines), [len(l) for l in lines])
words = [w.strip(string.punctuation + "—…。") for w in TEXT.split()]
words = [w for w in words if w]
print(len(words), words[:12])
print(sorted({w.casefold() for w in words})[:15])
print([w for w in words if not w.isascii()])
print([w.upper() for w in words if "ß" in w or "ç" in w.lower()], "muß".upper(), "MUSS".casefold() == "muß".casefold())
for ch in "Üçé😀日—":
    print(repr(ch), hex(ord(ch)), ch.isalpha(), ch.isupper(), ch.islower(), ch.isprintable(), len(ch.encode()))
freq = {}
for ch in TEXT.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
print(top)
print(f"{'word':<12}|{'len':>4}|{'bytes':>6}|")
for w in ["muß", "Ça", "Привет", "日本語のテキスト", "😀👍🏽", "naïve"]:
    print(f"{w:<12}|{len(w):>4}|{len(w.encode('utf-8')):>6}|{w[::-1]}|{w.title()}|{w.swapcase()}")
print("straße".center(12, "·"), "ÄÖÜ".lower(), "ǆ".upper(), "ŉ".upper(), "ΐ".upper(), len("ΐ".upper()))
print(string.ascii_letters[:5], string.digits, string.hexdigits, repr(string.whitespace), string.punctuation[:10])
print(string.capwords("hello   wide world"), "x".join("αβγ"), "😀".isprintable(), "\x1b".isprintable(), "\u00a0".isspace())
print(sorted(["Äpfel", "apfel", "Zebra", "zebra", "Ärger", "Öl"]), sorted(["Äpfel", "apfel", "Zebra", "Öl"], key=str.casefold))
enc = "Grüße 👋".encode("utf-8")
print(enc, enc.decode("utf-8"), enc.decode("latin-1"), "Grüße".encode("latin-1"), enc.hex(" ", 2)[:20])
print(b"abc".decode("ascii"), bytes("ÿ", "latin-1"), "€".encode("utf-16-le"), list("añ".encode("utf-8")))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff abc".decode("utf-8", errors="replace"), b"\xffabc".decode("utf-8", "ignore"), ascii("naïve 😀"))
print(str.isdigit("٣"), int("٣٤"), float("１２.５"), "Ⅻ".isnumeric())
