# Run-length encoding, a simple LZ77-style compressor and Burrows-Wheeler transform.


def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def lz77(data, window=32):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out


def lz77_decode(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, n = t
            for _ in range(n):
                out.append(out[-off])
        else:
            out.append(t)
    return "".join(out)


def bwt(s):
    s += "\x00"
    table = sorted(s[i:] + s[:i] for i in range(len(s)))
    return "".join(row[-1] for row in table)


def ibwt(r):
    table = [""] * len(r)
    for _ in range(len(r)):
        table = sorted(r[i] + table[i] for i in range(len(r)))
    return next(row for row in table if row.endswith("\x00"))[:-1]


for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc"]:
    e = rle_encode(s)
    print(e, rle_decode(e) == s)
text = "to be or not to be, that is the question; to be is to do"
tokens = lz77(text)
print(len(text), len(tokens), lz77_decode(tokens) == text)
print(tokens[:14])
for w in ["banana", "abracadabra", "mississippi"]:
    b = bwt(w)
    print(repr(b), ibwt(b))
