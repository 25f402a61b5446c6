# Decoding and encoding with CPython's codec names and error handlers: a log cleaner that
# accepts byte records in several encodings, reports what it cannot decode and re-encodes
# the text for ASCII-only and Latin-1 outputs.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(label, type(e).__name__, e)


records = [b"plain ascii", b"caf\xc3\xa9 cr\xc3\xa8me", b"bad \xff\xfe byte", b"cut \xe2\x82",
           b"\xef\xbb\xbfbom first", b"surrogate \xed\xa0\x80 inside", b"latin \xe9\xe8", b"over \xf4\x90\x80\x80"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "no-such-handler"]
encodings = ["utf-8", "UTF8", "u8", "utf_8_sig", "ascii", "US-ASCII", "646", "latin-1", "L1", "iso8859_1",
             "utf-16-le", "UTF_32BE"]

for enc in encodings:
    for h in handlers:
        for i, rec in enumerate(records):
            attempt(f"decode {enc} {h} #{i}", lambda: rec.decode(enc, h))

texts = ["plain", "caf\xe9", "euro \u20ac sign", "emoji \U0001F600!", "mixed \xe9\u20ac\U0001F600 end"]
for enc in ["ascii", "us_ascii", "latin_1", "Latin 1", "l1", "utf-8", "utf-8-sig", "utf-16", "utf_32_le"]:
    for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "x"]:
        for t in texts:
            attempt(f"encode {enc} {h} {t!r}", lambda: t.encode(enc, h))

# str() with an encoding decodes; without one it is the repr.
attempt("str bytes", lambda: str(b"caf\xc3\xa9"))
attempt("str utf-8", lambda: str(b"caf\xc3\xa9", "utf-8"))
attempt("str latin-1", lambda: str(bytearray(b"caf\xc3\xa9"), encoding="latin-1"))
attempt("str errors only", lambda: str(b"caf\xff", errors="replace"))
attempt("str unknown handler", lambda: str(b"caf\xff", errors="x"))
attempt("str unneeded handler", lambda: str(b"cafe", errors="x"))
attempt("str of str", lambda: str("text", "utf-8"))
attempt("str of int", lambda: str(5, "utf-8"))
attempt("str bad encoding type", lambda: str(b"a", 5))
attempt("str bad errors type", lambda: str(b"a", "utf-8", 5))
attempt("str bad keyword", lambda: str(b"a", encodingx="utf-8"))
attempt("str twice", lambda: str(b"a", object=b"b"))
attempt("str object keyword", lambda: str(object=12))
attempt("str encoding only", lambda: str(encoding="ascii"))
attempt("bytes ascii", lambda: bytes("caf\xe9", "ascii"))
attempt("bytes replace", lambda: bytes("caf\xe9", "ascii", "replace"))
attempt("bytes unknown handler", lambda: bytes("caf\xe9", "ascii", "x"))
for name in ["utf-8", "Utf 8", "utf--8", "UTF.8", " utf8 ", "latin 1", "8859", "ISO_8859-1:1987", "cp65001",
             "no-such-codec", "base64", "rot13", "hex", "mbcs"]:
    attempt(f"codec {name!r} decode", lambda: b"ab".decode(name))
    attempt(f"codec {name!r} encode", lambda: "ab".encode(name))
