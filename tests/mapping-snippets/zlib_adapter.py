# Snippet for the 'zlib' adapter (checksums only).
import zlib
from zlib import adler32

for data in [b"", b"a", b"hello world", bytes(range(256)) * 300]:
    print(len(data), zlib.crc32(data), adler32(data), zlib.crc32(data, 12345), adler32(data, 2 ** 40 + 7))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.adler32(bytearray(b"abc")))
try:
    zlib.crc32("text")
except TypeError as e:
    print("TypeError", e)
