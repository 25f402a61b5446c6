# int(), float() and complex() accept Unicode decimal digits (Arabic-Indic, Devanagari, Thai,
# full-width, mathematical bold...) and Unicode whitespace around the number, exactly as CPython
# does; other numeric characters (superscripts, fractions, Roman numerals) are rejected. Bytes
# only accept ASCII.

samples = [
    "\u0663", "\u0661\u0662\u0663", "\u0663.\u0665", "\uff11\uff12", "\uff11\uff12.\uff15e\uff13",
    "\u0663_\u0664", "1_\u0663", "\u0663e\u0663", "\U0001D7D9\U0001D7E2", "\u096f\u0966",
    "\u0e51.\u0e52\u0e55", "-\u0663", "+\uff15", "\u00a0\u0665\u3000", "\u2003-12\u2028",
    "\u00b2", "\u00bd", "\u2167", "\uff41", "\u2212\u0663", "1\u30002", "inf\u3000", "\u3000nan",
    "0x\uff11", "\u0663j", "(\u0663-\u0664j)", "\u0663.\u0665e-\u0662j",
]


def attempt(conv, text, *args):
    try:
        return repr(conv(text, *args))
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


for s in samples:
    print(ascii(s), attempt(int, s), attempt(float, s), attempt(complex, s), sep=" | ")

for s in ["\uff11\uff10", "\u0663_\u0663", "\uff46\uff46", "1\u0660"]:
    print(ascii(s), [attempt(int, s, b) for b in (0, 2, 8, 16, 36)])

for b in [b" 12 ", b"1_0", "\u0663".encode(), b"1.5", b"0x1f", b"x"]:
    print(b, attempt(int, b), attempt(float, b), attempt(int, bytearray(b), 16), attempt(float, bytearray(b)))

total = sum(int(ch) for ch in "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
print("sum of Arabic-Indic digits", total)
print(sum(float(x) for x in "\uff11.\uff15 \uff12.\uff15 \u0663.\u0660".split()))
