# Float repr and arithmetic edge cases: shortest repr, exponents, -0.0, inf/nan, rounding.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123, 1e-4, 1e-5, 0.000123, 1.5e300 * 1e10,
        -0.0, 5e-324, 1.7976931348623157e308, 2 ** 0.5, 100.0, 1e22, 1e23, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v), f"{v:.3g}" if v == v else "nan")
print(float("inf") - float("inf"), 0.0 * -1, -0.0 == 0.0, 1 / float("inf"), float("-0"))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(0.125, 2), round(0.375, 2), round(1234.5678, -2))
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 % 2, divmod(-7.5, 2))
print(int(2.9), int(-2.9), int("  42  "), int("-0x1f", 16), int("0b101", 0), int("1_000"), float(" 3.5e2 "))
print(float.fromhex("0x1.8p1"), (0.5).hex(), (3.0).is_integer(), (2.5).as_integer_ratio(), 0.1.as_integer_ratio())
print((1e100 + 1.0) - 1e100, 1e308 + 1e308, -1e308 * 10, 2 ** -1074, 10 ** -3)
print(3 * 0.1, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1, 1.0 - 0.9, 100 * 1.1, 0.7 + 0.1)
print(max(0.0, -0.0), min(-0.0, 0.0), abs(-0.0), -(0.0), 1e-320 / 10)
print(2.0 ** 53 + 1, float(2 ** 53 + 1), 1 / 7, 22 / 7, 355 / 113, 10 / 4, 9 / 3, 1e3, 1e-3)
