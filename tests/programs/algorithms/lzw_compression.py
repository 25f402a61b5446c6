# LZW compression and decompression over strings, with variable code widths and bit packing.


def lzw_compress(text):
    table = {chr(i): i for i in range(256)}
    w = ""
    out = []
    for ch in text:
        wc = w + ch
        if wc in table:
            w = wc
        else:
            out.append(table[w])
            table[wc] = len(table)
            w = ch
    if w:
        out.append(table[w])
    return out


def lzw_decompress(codes):
    table = {i: chr(i) for i in range(256)}
    w = table[codes[0]]
    out = [w]
    for code in codes[1:]:
        if code in table:
            entry = table[code]
        elif code == len(table):
            entry = w + w[0]
        else:
            raise ValueError(f"bad code {code}")
        out.append(entry)
        table[len(table)] = w + entry[0]
        w = entry
    return "".join(out)


def pack_bits(codes):
    bits = []
    width = 9
    for i, c in enumerate(codes):
        if 256 + i >= (1 << width):
            width += 1
        bits.append(format(c, f"0{width}b"))
    s = "".join(bits)
    return len(s), int(s, 2) if s else 0


samples = ["TOBEORNOTTOBEORTOBEORNOT", "abababababababababab", "the rain in spain falls mainly on the plain " * 3, "x"]
for s in samples:
    codes = lzw_compress(s)
    back = lzw_decompress(codes)
    nbits, _ = pack_bits(codes)
    print(f"{len(s):4d} chars -> {len(codes):3d} codes, {nbits:4d} bits ({nbits / (8 * len(s)):.3f}) ok={back == s}")
print(lzw_compress("TOBEORNOTTOBEORTOBEORNOT"))
print(pack_bits(lzw_compress("abab"))[1])
