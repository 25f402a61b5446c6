# Snippet for the 'binascii' adapter.
import binascii
from binascii import hexlify, unhexlify

print(hexlify(b"\x00\x01\xfe\xff"), binascii.b2a_hex(b"abc"), hexlify(b"\x01\x02\x03\x04\x05", ":", 2), hexlify(b"\x01\x02\x03\x04\x05", b"-", -2))
print(hexlify(bytearray(b"xy"), "_"), hexlify(b""), unhexlify("0001feFF"), binascii.a2b_hex(b"616263"))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64("aGVsbG8=\n"), binascii.a2b_base64(b"aGVsbG8=", strict_mode=True))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b""), binascii.crc32(b"abc", -1))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), binascii.Error.__name__, binascii.Incomplete.__module__)
for bad in [lambda: unhexlify("abc"), lambda: unhexlify("zz"), lambda: hexlify("s"), lambda: hexlify(b"ab", "::"), lambda: binascii.crc32("s"),
            lambda: binascii.a2b_base64("YQ")]:
    try:
        print(bad())
    except binascii.Error as e:
        print("binascii.Error", e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise binascii.Incomplete("more")
except binascii.Incomplete as e:
    print(repr(e))
