"""Binary record packing with struct, hashing with hashlib, base64 and binascii."""
import base64
import binascii
import hashlib
import struct

records = [(i, f"item{i}".encode(), i * 1.25, i % 2 == 0) for i in range(50)]
fmt = "<I8sd?"
size = struct.calcsize(fmt)
blob = b"".join(struct.pack(fmt, *r) for r in records)
print(size, len(blob), struct.calcsize(">hhl"), struct.calcsize("@hhl") >= 8)
back = [struct.unpack_from(fmt, blob, k * size) for k in range(len(records))]
print(back[3], back[-1][1].rstrip(b"\0"))
print(list(struct.iter_unpack("<HH", b"\x01\x00\x02\x00\x03\x00\x04\x00")))
hdr = struct.Struct(">4sHHI")
packed = hdr.pack(b"PYWA", 1, 2, 0xCAFEBABE)
print(packed, hdr.size, hdr.unpack(packed), struct.pack("!f", 1.5), struct.unpack("<q", struct.pack("<q", -5)))
try:
    struct.pack("<B", 300)
except struct.error as e:
    print("struct.error:", e)
print(hashlib.md5(blob).hexdigest(), hashlib.sha1(b"abc").hexdigest())
h = hashlib.sha256()
for r in records:
    h.update(struct.pack(fmt, *r))
print(h.hexdigest() == hashlib.sha256(blob).hexdigest(), h.hexdigest()[:32], h.digest_size, h.name)
print(hashlib.sha512(b"").hexdigest()[:40], hashlib.new("sha256", b"x").hexdigest()[:16])
print(base64.b64encode(b"hello world"), base64.b64decode("aGVsbG8gd29ybGQ="), base64.urlsafe_b64encode(b"\xfb\xff"),
      base64.b16encode(b"\x01\xab"), base64.b32encode(b"abc"))
print(binascii.hexlify(b"\x00\xffab"), binascii.unhexlify("48656c6c6f"), binascii.crc32(b"hello"), hex(binascii.crc32(blob)))
digests = {}
for i in range(300):
    d = hashlib.md5(str(i).encode()).hexdigest()
    digests.setdefault(d[0], []).append(i)
print(sorted((k, len(v)) for k, v in digests.items())[:6])
nonce = 0
while not hashlib.sha256(b"block" + nonce.to_bytes(4, "big")).hexdigest().startswith("00"):
    nonce += 1
print("nonce", nonce)
