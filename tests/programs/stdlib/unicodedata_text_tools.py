# Text tools built on unicodedata: a slugifier that strips accents (NFKD, drop combining marks), a
# case- and width-insensitive matcher (NFKC + casefold), a character inspector table, display widths of
# mixed CJK/ASCII text, and totals of numeric characters. Only characters whose properties are the same
# in Unicode 14 and 15 are used.
import unicodedata


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(title: str) -> str:
    out = []
    pending_dash = False
    for ch in strip_accents(title).lower():
        cat = unicodedata.category(ch)
        if ch.isascii() and (cat.startswith("L") or cat == "Nd"):
            if pending_dash and out:
                out.append("-")
            out.append(ch)
            pending_dash = False
        else:
            pending_dash = True
    return "".join(out)


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def display_width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


titles = [
    "Crème Brûlée à la Française",
    "Ångström & Øresund: naïve façades",
    "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３",
    "Dvořák — Symphony №9 in E minor",
    "ﬁsh ﬂakes, ½ cup",
    "Σίσυφος και Ὀδυσσεύς",
]
for t in titles:
    print(f"{slugify(t)!r:40} <- {t}")

words = ["Straße", "STRASSE", "ｓｔｒａｓｓｅ", "Ǆemal", "ǆemal", "ﬀ", "FF", "Café", "Cafe\u0301"]
groups: dict[str, list[str]] = {}
for w in words:
    groups.setdefault(fold(w), []).append(w)
for key, members in sorted(groups.items()):
    print(f"{key!r:12} {members}")

print(f"{'char':6}{'code':9}{'cat':5}{'bidi':6}{'ccc':5}{'eaw':5}{'decomposition':28}name")
for ch in "A\u00e9\u0301\u00bd\u2163\u0661\u05d0\u3042\uff76\u2028\u00ad\U0001F40D":
    shown = ch if unicodedata.category(ch)[0] not in "CZ" and not unicodedata.combining(ch) else " "
    print(f"{shown:6}U+{ord(ch):05X}  {unicodedata.category(ch):5}{unicodedata.bidirectional(ch):6}"
          f"{unicodedata.combining(ch):<5}{unicodedata.east_asian_width(ch):5}"
          f"{unicodedata.decomposition(ch) or '-':28}{unicodedata.name(ch, '?')}")

rows = [("東京", 13_960_000), ("Zürich", 421_878), ("서울", 9_411_000), ("São Paulo", 12_330_000)]
for city, pop in rows:
    pad = 12 - display_width(city)
    print(city + " " * pad + f"{pop:>12,}")

text = "Total: ½ + ¼ + ⅛ of ３ crates, ⅫI clocks and ٣ baskets"
values = [(ch, unicodedata.numeric(ch)) for ch in text if unicodedata.numeric(ch, None) is not None]
print(values, sum(v for _, v in values))
print([unicodedata.digit(ch, -1) for ch in "7７٣²x"], [unicodedata.decimal(ch, -1) for ch in "7７٣²x"])

for name in ["SNOWMAN", "greek small letter lambda", "EM DASH", "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-6587", "NO SUCH THING"]:
    try:
        ch = unicodedata.lookup(name)
        print(f"{name} -> {ch} U+{ord(ch):04X} {unicodedata.name(ch)}")
    except KeyError as e:
        print(f"{name} -> KeyError {e}")

samples = ["e\u0301", "\u00e9", "\u1100\u1161\u11a8", "\uac01", "\u2126", "A\u030a\u0323"]
for s in samples:
    flags = " ".join(f"{form}={int(unicodedata.is_normalized(form, s))}" for form in ("NFC", "NFD", "NFKC", "NFKD"))
    print([f"{ord(c):04X}" for c in s], flags, [f"{ord(c):04X}" for c in unicodedata.normalize("NFC", s)])
