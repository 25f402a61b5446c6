"""str.format / f-string / %-format heavy output: alignment, numbers, nested specs, conversions."""
import datetime
from fractions import Fraction
from decimal import Decimal


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or ',.2f'}}"

    def __str__(self):
        return f"Money({self.cents})"

    def __repr__(self):
        return f"<Money {self.cents}>"


vals = [0, 1, -1, 7, 42, 255, 1000, -12345, 10**6, 2**31]
for v in vals:
    print(f"|{v:>8}|{v:<8}|{v:^8}|{v:+}|{v:08d}|{v:x}|{v:#X}|{v:o}|{v:b}|{v:,}|{v:_}|{v:e}|")
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 123456.789, 1e22, float("inf"), float("nan")]
for f in floats:
    print(f"{f:10.3f}|{f:<12g}|{f:+.2e}|{f:.1%}|{f!r}|{f:G}|{f:10}|{f:.0f}|")
w, p = 12, 4
for x in (3.14159, 2.71828, 1.41421):
    print(f"{x:{w}.{p}f}|{x:>{w}}|{'left':<{w}}|{x:{'+' if x > 2 else '-'}.2f}")
m = Money(1234567)
print(f"{m}", f"{m!r}", f"{m:short}", f"{m:>15,.1f}", "{0:short} {0}".format(m), format(m, ""))
name, n = "widget", 3
print(f"{name!r:>12}{n:3d}", f"{name.upper()=}", f"{n * 2 = }", f"{{literal}}", f"{'nested ' + name:^20}")
print("{:<10}|{:^10}|{:>10}".format("l", "c", "r"), "{:=+10d}".format(-42), "{:*>10.3}".format("abcdef"))
print("{0[0]} {0[1]} {1[key]} {2.real}".format(["a", "b"], {"key": "v"}, 3 + 4j))
print("%s %r %5d %-5d| %05.1f %x %X %o %c %%" % ("s", "r", 42, 42, 3.14159, 255, 255, 8, 65))
print("%(name)s has %(n)03d items" % {"name": name, "n": n}, "%.3s" % "abcdef", "%*d" % (6, 7), "%-*s|" % (5, "ab"))
print(f"{Fraction(3, 4)}", f"{Decimal('1.2345'):.2f}", f"{datetime.date(2024, 3, 9):%Y/%m/%d %a %j}",
      f"{datetime.datetime(2024, 1, 2, 3, 4, 5):%H:%M:%S %p %B}")
print(f"{12345.6789:,.2f}", f"{-0.5:.0f}", f"{2.5:.0f}", f"{1.005:.2f}", f"{123:.2f}", f"{True:d}", f"{5:.1%}")
print(f"{'x':>{3}}", f"{3:{'>'}{5}}", f"{[1, 2]!s:>10}", f"{('a', 1)}", f"{None!s}", f"{b'by'!r}")
table = [("alpha", 1.5, 10), ("beta", 22.25, 200), ("gamma", 333.125, 3000)]
print("\n".join(f"{n:<8}{v:>10.2f}{c:>8,}" for n, v, c in table))
print(format(1234.5, "n"), format(0.000012, "g"), format(1e16, "g"), format(123456789, "e"), format(0.1, ".17f"))
print(str(1e16), str(1.0), repr(0.1 + 0.2), str(-1e-5), str(2.0 ** 60), 1e100, 12345678912345.0)
try:
    f"{'abc':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
print("{!a}".format("café"), ascii("ü"), "{:c}".format(9731), f"{'tab':\t^9}|")
