# Snippet for the 'hashlib' adapter.
import hashlib
from hashlib import sha256

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for data in [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"b" * 111, b"b" * 112, b"b" * 128, bytes(range(256)) * 5]:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.md5(b"hello").hexdigest(), hashlib.md5().digest())
print(hashlib.sha1(b"hello").digest())
print(hashlib.sha224(b"hello").hexdigest())
print(sha256("héllo wörld".encode("utf-8")).hexdigest())
print(hashlib.sha384(bytearray(b"hello")).hexdigest())
print(hashlib.sha512(b"hello").hexdigest())
print(hashlib.new("SHA256", data=b"x").hexdigest())
h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog" * 7]:
    h.update(chunk)
c = h.copy()
c.update(b"!")
print(h.hexdigest(), c.hexdigest(), h.hexdigest() == hashlib.sha256(b"The quick brown fox " + b"jumps over the lazy dog" * 7).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}), "sha512" in hashlib.algorithms_available)
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.md5(5), lambda: hashlib.new("nope"), lambda: h.update("s")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
