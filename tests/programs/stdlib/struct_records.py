# struct: a binary record file written and read back (header, fixed records, Pascal and padded strings),
# Struct objects, pack_into/unpack_from with offsets, iter_unpack, half/single/double floats, native alignment,
# and CPython's error for every integer code, byte order and out-of-range value.
import struct
from struct import Struct, calcsize, iter_unpack, pack, pack_into, unpack, unpack_from

HEADER = Struct("<4sHI")
RECORD = Struct(">i d 8s ? e")
print(HEADER.format, HEADER.size, RECORD.format, RECORD.size)

people = [(1, 1.75, b"ada", True, 0.5), (-2, -0.0, b"grace hopper", False, 65504.0), (2**31 - 1, 1e300, b"", True, 1e-7)]
blob = bytearray(HEADER.size + RECORD.size * len(people))
pack_into("<4sHI", blob, 0, b"PPL1", 3, len(people))
for k, p in enumerate(people):
    RECORD.pack_into(blob, HEADER.size + k * RECORD.size, *p)
print(bytes(blob).hex())
magic, version, count = HEADER.unpack_from(blob)
print(magic, version, count)
for rec in iter_unpack(RECORD.format, bytes(blob[HEADER.size:])):
    print(rec)
print(unpack_from(">i", blob, offset=HEADER.size), RECORD.unpack_from(blob, -RECORD.size))

for fmt in ("bhiq", "@bhiq0l", "<bhiq", "=lL", "@lLnNP", "cx?", "5s3p", "0s", " i x", "2e f d", "!HhI"):
    print(repr(fmt), calcsize(fmt))
print(pack("@bi", 1, 2), pack("<bi", 1, 2), pack(">h", -2), pack("!Q", 2**64 - 1))
print(pack("5p", b"abcdef"), pack("3s", b"abcdef"), pack("3s", bytearray(b"a")), unpack("4p", b"\x09xyz"))
print(pack("?c", [], b"z"), unpack("<?", b"\x02"), unpack("<q", b"\xff" * 8), unpack("<Q", b"\xff" * 8))
for v in (0.0, -0.0, 1.0, 0.1, 65504.0, 65519.0, 6.1e-05, 5.96e-08, 2.9e-08, 3.0e-08, 1e-9, float("inf"), float("-inf"), float("nan")):
    h = pack("<e", v)
    print(v, h.hex(), unpack("<e", h)[0], pack("<f", v).hex(), unpack("<f", pack("<f", v))[0])
print(pack("f", 1e300).hex(), pack("<d", 1e300).hex(), unpack(">d", pack(">d", -2.5)))

values = (-1, -129, 128, 256, -32769, 32768, 65536, -2**31 - 1, 2**31, 2**32, -2**63 - 1, 2**63, 2**64)
for order in "@<>=!":
    for code in "bBhHiIlLqQnNP":
        row = []
        for v in values:
            try:
                packed = pack(order + code, v)
                row.append(str(unpack(order + code, packed)[0] == v))
            except struct.error as e:
                row.append("error: " + str(e))
        print(order + code, row)

bad = [("f", (1e300,), "<"), ("e", (1e10,), "<"), ("i", (1.5,), "<"), ("i", ("x",), "<"), ("d", ("x",), "<"), ("c", (b"ab",), "<"),
       ("s", ("str",), "<"), ("ii", (1,), "<"), ("i", (1, 2), "<"), ("z", (), "<"), ("2 i", (1,), "<"), ("3", (), "<")]
for fmt, args, order in bad:
    try:
        pack(order + fmt, *args)
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for call in (lambda: unpack("i", b"abc"), lambda: iter_unpack("i", b"abcde"), lambda: iter_unpack("", b""),
             lambda: unpack_from("q", b"abc", 1), lambda: unpack_from("b", b"abc", 5), lambda: unpack_from("b", b"abc", -4),
             lambda: pack_into("<q", bytearray(3), 1, 5), lambda: unpack("i", "text"), lambda: pack("10000000000000000000000i")):
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)


class Seven:
    def __index__(self):
        return 7


print(pack("<i", True), pack("<i", Seven()), pack("<f", 3), unpack_from("b", b"abc", -1), issubclass(struct.error, Exception))
