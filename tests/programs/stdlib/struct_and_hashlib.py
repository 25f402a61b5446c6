# Binary packing with struct and digests with hashlib/zlib: a tiny record file format in memory.
import hashlib
import struct
import zlib

RECORD = struct.Struct("<I16sdh")
people = [(1, "ada", 36.5, -1), (2, "linus", 54.25, 7), (3, "grace", 85.0, 32767)]
blob = b"".join(RECORD.pack(i, name.encode(), score, delta) for i, name, score, delta in people)
print(RECORD.size, len(blob), blob[:24].hex())
header = struct.pack(">4sHI", b"REC1", len(people), zlib.crc32(blob))
print(header.hex(), struct.unpack(">4sHI", header))
for off in range(0, len(blob), RECORD.size):
    i, name, score, delta = RECORD.unpack_from(blob, off)
    print(i, name.rstrip(b"\0").decode(), score, delta)
print(struct.pack("!h", -2), struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.calcsize("@i"))
for algo in ("md5", "sha1", "sha256"):
    print(algo, hashlib.new(algo, blob).hexdigest()[:32])
print(hashlib.sha256(b"hello world").hexdigest())
print(hashlib.blake2b(b"py2wasm", digest_size=16).hexdigest(), zlib.adler32(b"Wikipedia"))
packed = zlib.compress(b"abc" * 100)
print(len(packed) < 300, zlib.decompress(packed)[:9])
