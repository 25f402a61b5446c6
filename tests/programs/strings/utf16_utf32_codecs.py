"""str.encode / bytes.decode with the UTF-16 and UTF-32 codecs: byte orders, BOMs, error handlers, error messages."""

texts = ["", "A", "aé€", "Grüße 👋", "\U0010ffff\x00\ufeff"]
codecs = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_16le", "U16", "utf32", "UTF-32BE", "utf_32_le"]
for codec in codecs:
    for t in texts:
        b = t.encode(codec)
        print(codec, ascii(t), b, b.decode(codec) == t, len(b))
print(bytes("hé", "utf-16"), bytes("hé", encoding="utf-32-be"), "x".encode("utf-16", "ignore"), "y".encode(encoding="utf-16-le", errors="strict"))

# BOM handling when decoding
for b in [b"\xff\xfeA\x00", b"\xfe\xff\x00A", b"A\x00", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\xff\xfeA\x00"]:
    print(b, ascii(b.decode("utf-16")), ascii(b.decode("utf-16-le")), ascii(b.decode("utf-16-be")))
for b in [b"\xff\xfe\x00\x00A\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00A", b"A\x00\x00\x00", b"\xff\xfe\x00\x00"]:
    print(b, ascii(b.decode("utf-32")), ascii(b.decode("utf-32-le", "replace")))

bad16 = [b"A\x00B", b"A\x00\x00\xd8", b"A\x00\x00\xd8B", b"A\x00\x00\xdcB\x00", b"A\x00\x00\xd8B\x00C\x00",
         b"\x00\xd8\x00\xd8\x00\xdc", b"\xff", b"\x00\xd8", b"\xfe\xff\xd8\x00\x00A", b"\xfe\xff\x00A\x00", b"\x00\xdc\x41"]
bad32 = [b"A\x00\x00\x00B", b"\x00\xd8\x00\x00A\x00\x00\x00", b"\x00\x00\x11\x00", b"A\x00", b"\x00\x00\x00\x00\x00",
         b"\x00\x00\xfe\xff\x00\x00\xd8\x00", b"\xff\xff\xff\xff"]
for codecs_, cases in [(["utf-16", "utf-16-le", "utf-16-be"], bad16), (["utf-32", "utf-32-le", "utf-32-be"], bad32)]:
    for codec in codecs_:
        for b in cases:
            row = [codec, str(b)]
            for errors in ["strict", "replace", "ignore", "backslashreplace"]:
                try:
                    row.append(ascii(b.decode(codec, errors)))
                except UnicodeDecodeError as e:
                    row.append(f"{type(e).__name__}: {e}")
            print(" | ".join(row))

try:
    b"\x00\xdc".decode("utf-16-le", "no-such-handler")
except LookupError as e:
    print("LookupError:", e)
print(b"A\x00".decode("utf-16-le", "no-such-handler"), "z".encode("utf-32-le", "no-such-handler"))
try:
    b"A\x00B".decode(encoding="utf-16-le")
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), e)
words = "naïve café 😀 Ωmega".split()
print([len(w.encode("utf-16-le")) // 2 for w in words], [len(w.encode("utf-32-be")) // 4 for w in words])
