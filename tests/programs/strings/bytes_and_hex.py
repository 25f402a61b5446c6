# bytes and bytearray: hex dumps, checksums (CRC32 by hand, Adler-32), base64-like encoding.
import base64
import binascii


def hexdump(data, width=8):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:04x}  {hexpart:<{width * 3}} {text}")
    return "\n".join(lines)


def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


data = "Hello, wörld!\n\tbytes".encode("utf-8")
print(hexdump(data))
print(hex(crc32(data)), hex(binascii.crc32(data)), hex(adler32(b"Wikipedia")))
print(base64.b64encode(b"any carnal pleas"), base64.b64decode(b"YW55IGNhcm5hbCBwbGVhcw=="))
print(data.hex(), bytes.fromhex("deadbeef"), list(bytes(3)), bytes(range(65, 70)))
ba = bytearray(b"mutable")
ba[0] = ord("M")
ba.extend(b"!!")
ba.reverse()
print(ba, len(ba), ba.count(b"!"), bytes(ba).upper(), ba.find(b"l"))
print(b"a,b,,c".split(b","), b"  pad ".strip(), b"x" * 3, b"abc"[1], b"abc"[1:])
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-2).to_bytes(2, "big", signed=True))
