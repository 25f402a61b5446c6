import struct
import hashlib
import base64
import binascii

data = b"Hello, World!"
print(data, len(data), data[0], data[-1:], data.upper(), data.split(b","), data.hex())
ba = bytearray(data)
ba[0] = ord("J")
ba.extend(b"!!")
print(ba, bytes(ba), ba.decode(), ba.find(b"o"), ba.count(b"l"))
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)), base64.urlsafe_b64encode(b"\xff\xfe"))
print(binascii.hexlify(b"\x00\xab"), bytes.fromhex("de ad be ef"), b"abc".hex(":"))
print(hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest()[:16], hashlib.sha1(b"").hexdigest())
packed = struct.pack("<IhB", 1, -2, 255)
print(packed, struct.unpack("<IhB", packed), struct.calcsize("<IhB"), struct.pack(">d", 1.5))
print(struct.unpack(">HH", b"\x01\x02\x03\x04"), struct.pack("3s", b"abcd"))


def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


print([popcount(i) for i in range(16)], bin(0b1011 ^ 0b0110), 1 << 40, -1 >> 3, (-5) & 0xFF, ~0)
print((255).bit_length(), (1024).to_bytes(2, "big"), int.from_bytes(b"\xff\xff", "little", signed=True))


def gray(n):
    return n ^ (n >> 1)


print([format(gray(i), "04b") for i in range(8)])
mask = 0
for bit in (0, 3, 5):
    mask |= 1 << bit
print(mask, [b for b in range(8) if mask >> b & 1], bin(mask).count("1"))
crc = binascii.crc32(b"hello world")
print(crc, hex(crc))
print(bytes(range(65, 70)), b"x" * 3, b"a" + b"b", b"abc" < b"abd", list(b"hi"), bytes(3), b"%d-%s" % (5, b"x"))
print(b"  strip  ".strip(), b"a-b".replace(b"-", b"+"), b"abc".startswith(b"a"), b"abc"[1])
