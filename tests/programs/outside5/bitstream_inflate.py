"""Pyflate-like bit twiddling: a bit reader/writer, Huffman code tables, CRC32 and Adler-32."""


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value, n):
        self.acc |= (value & ((1 << n) - 1)) << self.nbits
        self.nbits += n
        while self.nbits >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.nbits -= 8

    def flush(self):
        if self.nbits:
            self.out.append(self.acc & 0xFF)
            self.acc = 0
            self.nbits = 0
        return bytes(self.out)


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.bit = 0

    def read(self, n):
        v = 0
        for i in range(n):
            byte = self.data[self.pos]
            v |= ((byte >> self.bit) & 1) << i
            self.bit += 1
            if self.bit == 8:
                self.bit = 0
                self.pos += 1
        return v


def huffman_lengths(freqs):
    import heapq
    heap = [(f, i, (sym,)) for i, (sym, f) in enumerate(sorted(freqs.items()))]
    heapq.heapify(heap)
    lengths = {sym: 0 for sym in freqs}
    counter = len(heap)
    while len(heap) > 1:
        f1, _, s1 = heapq.heappop(heap)
        f2, _, s2 = heapq.heappop(heap)
        for s in s1 + s2:
            lengths[s] += 1
        heapq.heappush(heap, (f1 + f2, counter, s1 + s2))
        counter += 1
    return lengths


def canonical_codes(lengths):
    codes = {}
    code = 0
    prev_len = 0
    for sym, ln in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= ln - prev_len
        codes[sym] = (code, ln)
        code += 1
        prev_len = ln
    return codes


def reverse_bits(v, n):
    r = 0
    for _ in range(n):
        r = (r << 1) | (v & 1)
        v >>= 1
    return r


def make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32(data):
    c = 0xFFFFFFFF
    for b in data:
        c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


text = b"abracadabra alakazam " * 30 + bytes(range(40))
freqs = {}
for ch in text:
    freqs[ch] = freqs.get(ch, 0) + 1
lengths = huffman_lengths(freqs)
codes = canonical_codes(lengths)
w = BitWriter()
for ch in text:
    code, ln = codes[ch]
    w.write(reverse_bits(code, ln), ln)
packed = w.flush()
print(len(text), len(packed), sorted(set(lengths.values())))
decode = {(c, l): s for s, (c, l) in codes.items()}
r = BitReader(packed)
outbuf = bytearray()
while len(outbuf) < len(text):
    code = 0
    ln = 0
    while (code, ln) not in decode:
        code = (code << 1) | r.read(1)
        ln += 1
    outbuf.append(decode[(code, ln)])
print(bytes(outbuf) == text, outbuf[:21].decode())
print(hex(crc32(text)), hex(adler32(text)), crc32(b""), hex(crc32(b"The quick brown fox jumps over the lazy dog")))
print(packed[:16].hex(), packed[-4:].hex(" "), bytes(packed[:8]))
x = 0xDEADBEEF
print(bin(x), x.bit_count() if hasattr(x, "bit_count") else bin(x).count("1"), x >> 4 & 0xF0F, ~x & 0xFFFF, x ^ (x >> 16))
print(int.from_bytes(b"\x01\x02\x03\x04", "little"), int.from_bytes(b"\x01\x02", "big"),
      (1027).to_bytes(4, "big"), (-2).to_bytes(2, "little", signed=True))
rot = [((x << k) | (x >> (32 - k))) & 0xFFFFFFFF for k in (1, 7, 13)]
print([f"{v:08x}" for v in rot], f"{x:#034b}")
ba = bytearray(b"hello")
ba[0] ^= 0x20
ba.extend(b"!!")
ba[1:3] = b"EE"
print(ba, bytes(ba[1:4]), ba.find(b"l"), bytes(reversed(ba)))
