# Snippet for the 'zlib' adapter (checksums and decompress; compress is not mapped).
import zlib
from zlib import adler32

for data in [b"", b"a", b"hello world", bytes(range(256)) * 300]:
    print(len(data), zlib.crc32(data), adler32(data), zlib.crc32(data, 12345), adler32(data, 2 ** 40 + 7))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.adler32(bytearray(b"abc")))
try:
    zlib.crc32("text")
except TypeError as e:
    print("TypeError", e)

from zlib import decompress, error
packed = bytes.fromhex('789ccb48cdc9c957a8cac94c52c8186e4c00d2ec5065')  # zlib.compress(b"hello zlib " * 20) by CPython
print(decompress(packed), zlib.decompress(packed, zlib.MAX_WBITS, zlib.DEF_BUF_SIZE) == b"hello zlib " * 20)
try:
    decompress(packed[:-2])
except error as e:
    print("zlib.error", e)
