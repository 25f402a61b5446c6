# Roman numerals both ways, with validation by round trip.

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    out = ""
    for value, numeral in VALUES:
        while n >= value:
            out += numeral
            n -= value
    return out


def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s):
        v = DIGITS[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


def check(limit):
    bad = 0
    for n in range(1, limit):
        if from_roman(to_roman(n)) != n:
            bad += 1
    return bad


for year in [1987, 2024, 3999, 444]:
    r = to_roman(year)
    print(year, r, from_roman(r))
print(check(2000))
