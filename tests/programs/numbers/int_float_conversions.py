# Conversions between int, float, str, bool: truncation, rounding modes, parsing with errors.
tests = ["42", "-17", "3.14", "1e3", " 7 ", "0x10", "1_000", "inf", "-nan", "abc", "", "٣"]
for t in tests:
    results = []
    for conv in (int, float):
        try:
            results.append(repr(conv(t)))
        except ValueError:
            results.append("ValueError")
    print(f"{t!r:8} int={results[0]:12} float={results[1]}")
print(int(True), float(False), bool(0.0), bool("0"), str(12), str(-1.50), int(-0.9999))
print(int(1e15), int(1.5e16), int(-2.5), round(-2.5), round(-3.5), round(7, -1), round(15, -1), round(25, -1))
print(float(10 ** 16), float(2 ** 63), int(float(2 ** 63)), 2 ** 63 == float(2 ** 63))
print(1 == 1.0, 1 is not None, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print(0.1 + 0.2 > 0.3, 3 / 2, 3 // 2, -3 / 2, -3 // 2, 2 ** -1, 2 ** 0.5 * 2 ** 0.5, 4 ** 0.5)
print(isinstance(True, int), True + True, True * 10, -True, sum([True, False, True]))
print(int("ff", 16), int("777", 8), int("z", 36), str(0.1 + 0.7), f"{0.1 + 0.7:.17f}")
print(max(1, 1.0), max(1.0, 1), min(0, False), sorted([1, 0.5, True, 0, -1.5]))
