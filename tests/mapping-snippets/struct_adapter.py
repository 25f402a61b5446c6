# Snippet for the 'struct' adapter.
import struct
from struct import Struct, calcsize, error, iter_unpack, pack, pack_into, unpack, unpack_from

point = Struct("<hhf")
data = point.pack(3, -4, 0.5)
print(point.format, point.size, data.hex(), point.unpack(data), calcsize(">iq"), struct.calcsize("@iq"))
buf = bytearray(16)
pack_into("<I", buf, 2, 0xDEADBEEF)
point.pack_into(buf, 8, 1, 2, 2.5)
print(buf.hex(), unpack_from("<I", buf, 2), point.unpack_from(buf, offset=8), unpack(">H", pack(">H", 513)))
print(list(iter_unpack("<h", b"\x01\x00\x02\x00")), list(point.iter_unpack(data * 2)))
try:
    pack("<b", 300)
except error as e:
    print("struct.error:", e)
