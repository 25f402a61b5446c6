# Snippet for the 'unicodedata' adapter (Unicode 14.0.0 on CPython 3.11; the characters used have the same
# properties in Unicode 15).
import unicodedata
from unicodedata import (bidirectional, category, combining, decimal, decomposition, digit, east_asian_width, is_normalized,
                         lookup, mirrored, name, normalize, numeric, unidata_version)

print(unidata_version, unicodedata.unidata_version)
for ch in "aZ9 \u00e9\u0301\u00bd\u2167\u0663\u4e00\uac01\u2028(\U0001F600\uff21\u00a0":
    print(f"U+{ord(ch):04X}", category(ch), bidirectional(ch), combining(ch), east_asian_width(ch), mirrored(ch),
          repr(decomposition(ch)), name(ch, "<none>"), decimal(ch, None), digit(ch, None), numeric(ch, None))
print(name("\x00", "no name"), lookup("LATIN SMALL LETTER SHARP S"), lookup("latin capital letter e with acute"), repr(lookup("NUL")))
print(lookup("CJK UNIFIED IDEOGRAPH-4E2D"), lookup("HANGUL SYLLABLE HAN"), [hex(ord(c)) for c in lookup("LATIN SMALL LETTER A WITH MACRON AND GRAVE")])
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = "Cafe\u0301 \ufb01 \u2460 \ud55c \u1e9b\u0323 \u212b"
    n = normalize(form, s)
    print(form, [hex(ord(c)) for c in n], is_normalized(form, s), is_normalized(form, n), unicodedata.normalize(form, "ascii"))
print(digit("\u00b2"), decimal("7"), numeric("\u2153"), numeric("\U00012432"), numeric("\u5146"))
for bad in (lambda: name("\x01"), lambda: lookup("NO SUCH CHARACTER"), lambda: decimal("\u00b2"), lambda: digit("x"),
            lambda: numeric("x"), lambda: category("ab"), lambda: normalize("NFX", "a"), lambda: name(5), lambda: lookup("A" * 300)):
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
