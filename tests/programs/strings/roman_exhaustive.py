ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1..3999)")
    out = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)


def from_roman(s):
    s = s.upper()
    total = 0
    prev = 0
    for ch in reversed(s):
        if ch not in VALUES:
            raise ValueError(f"invalid numeral {ch!r} in {s!r}")
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (means {to_roman(total)})")
    return total


mismatch = 0
lengths = {}
longest = ""
for i in range(1, 4000):
    r = to_roman(i)
    if from_roman(r) != i:
        mismatch += 1
    lengths[len(r)] = lengths.get(len(r), 0) + 1
    if len(r) > len(longest):
        longest = r
print("mismatches:", mismatch)
print("length histogram:", sorted(lengths.items()))
print("longest:", longest, from_roman(longest))
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(f"{n:>5} -> {to_roman(n):<12} -> {from_roman(to_roman(n).lower())}")
for bad in [0, 4000, -1, 3.5, True, "12"]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(f"{bad!r:>6}: {e.__class__.__name__}: {e}")
for bad in ["IIII", "VX", "ABC", "MMMM", "IC", "", "XLIX"]:
    try:
        print(repr(bad), "=", from_roman(bad))
    except ValueError as e:
        print(repr(bad), "->", e)
chars = {}
for i in range(1, 4000):
    for ch in to_roman(i):
        chars[ch] = chars.get(ch, 0) + 1
print(sorted(chars.items(), key=lambda kv: (-kv[1], kv[0])))
print(sum(from_roman(to_roman(i)) for i in range(1, 4000)) == 3999 * 4000 // 2)
