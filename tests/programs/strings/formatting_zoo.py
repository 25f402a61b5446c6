"""String formatting corner cases: format specs, %-formatting, repr of floats and containers."""
import math

values = [0, 1, -1, 3.14159, -0.0, 1e16, 1.5e-7, 123456789.125, float("inf"), float("nan"), 2**70, True]
for v in values:
    print(repr(v), str(v), f"{v!r:>25}|")

for spec in ["", "10", "<10", "^10", ">+10", "010", ",", "_", ".3", ".0f", "e", ".2e", "g", ".3g", "%", "#x", "08b", "#o", "x", "X", "c"]:
    for v in (255, 3.5, -7):
        try:
            print(f"{spec!r:8} {v!r:6} -> {format(v, spec)!r}")
        except (ValueError, TypeError, OverflowError) as e:
            print(f"{spec!r:8} {v!r:6} -> {type(e).__name__}: {e}")

print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.3f|%10.2f|%-10.1e|%g|%G" % (math.pi, math.e, 12345.678, 0.00001234, 1e20))
print("%s %r %a" % ("café", "café", "café"))
print("%x %X %o %#x %#o %c" % (255, 255, 8, 255, 8, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%%literal %s" % ("x",))
print("{0}{1}{0}".format("ab", "cd"), "{name:*^9}".format(name="mid"), "{:,.2f}".format(1234567.891))
print("{0[1]} {0[0]} {1.real}".format(["a", "b"], 3 + 4j))
print("{!r:>10} {!s:<6}|".format("x", "y"))
print(f"{'nested':{'^'}{12}}|", f"{3.14159:.{2}f}", f"{10:#{'x'}}")
width = 7
print(f"[{42:{width}d}] [{-42:<{width}}] [{'s':>{width}}]")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(7, -1))
print(1 / 3, 2 / 3, 10 / 3, 1e-5, 1e-4, 0.1 + 0.2, 1e22, 1e21, 123e-20)
print(str(1.0), str(100.0), str(1e100), float("1_000.5"), int("0x1F", 16), int("0b101", 0), int("  42  "))
print([1, "a", (2,), {"k": [3.0]}, {1, 2}, None, ...])
print(ascii("héllo ✓"), repr("tab\there"), repr('quote\'s'), repr("both'\""))
print("{:>8}|{:<8}|{:^8}|".format("é", "ü✓", "日本"))
print(format(12345678, ","), format(-1234.5, "_.1f"), format(0.000123, ".2%"))
