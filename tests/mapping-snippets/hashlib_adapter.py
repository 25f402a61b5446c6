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

# BLAKE2b: block boundaries (127/128/129 bytes), digest sizes, key/salt/person, incremental updates and copies.
for data in [b"", b"abc", b"x" * 127, b"x" * 128, b"x" * 129, b"y" * 256, b"y" * 257, bytes(range(256)) * 3]:
    print("blake2b", len(data), hashlib.blake2b(data).hexdigest())
print(hashlib.blake2b(b"py2wasm", digest_size=16).hexdigest(), hashlib.blake2b(digest_size=1).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret").hexdigest())
print(hashlib.blake2b(b"msg", key=b"k" * 64, digest_size=32).hexdigest())
print(hashlib.blake2b(b"msg", salt=b"salty", person=b"me" * 8).hexdigest())
print(hashlib.new("blake2b", b"x", digest_size=8).hexdigest(), hashlib.new("blake2b", b"x").digest_size)
b = hashlib.blake2b(digest_size=20, key=b"k")
for chunk in [b"a" * 100, b"b" * 28, b"c", b"d" * 300]:
    b.update(chunk)
b2 = b.copy()
b2.update(b"!")
print(b.hexdigest(), b2.hexdigest(), b.name, b.digest_size, b.block_size, type(b).__name__)
print(b.hexdigest() == hashlib.blake2b(b"a" * 100 + b"b" * 28 + b"c" + b"d" * 300, digest_size=20, key=b"k").hexdigest())
for bad in [lambda: hashlib.blake2b(digest_size=0), lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2b(key=b"k" * 65),
            lambda: hashlib.blake2b(salt=b"s" * 17), lambda: hashlib.blake2b(person=b"p" * 17), lambda: hashlib.blake2b(b"a", b"b"),
            lambda: hashlib.blake2b(foo=1), lambda: hashlib.blake2b(key="s"), lambda: hashlib.blake2b("text"),
            lambda: hashlib.new("BLAKE2B")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
