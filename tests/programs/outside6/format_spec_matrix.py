values = [0, 7, -7, 255, 1234567, -1234567.891, 3.14159, 1e-7, 2.5e20, float("inf"), float("nan"), -0.0]
specs = ["", ">10", "<8", "^9", "+", " ", "010", ",", "_", ".2f", ".3e", ".4g", "g", "%", ".1%", "+.2f", "=+10.1f", "*^12.2f"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("E:" + type(e).__name__)
    print(repr(v), "|".join(row))

ints = [0, 5, 255, -255, 65535, 2**40 + 3]
for n in ints:
    print(f"{n:b} {n:#b} {n:o} {n:#o} {n:x} {n:#X} {n:08b} {n:_x} {n:,d} {n:c}" if 0 <= n < 1114112 else f"{n:b} {n:#o} {n:#x} {n:_X} {n:,}")

print("{0}-{1}-{0}".format("a", "b"))
print("{name!r:>10}|{name!s:<6}|{n:05.1f}".format(name="zed", n=3.14159))
print("{:{w}.{p}f}".format(2.718281828, w=12, p=3))
print("{0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3 + 4j))
print("%s|%r|%5d|%-5d|%05.2f|%x|%X|%o|%e|%g|%%|%c" % ("s", "r", 42, 42, 3.14159, 255, 255, 8, 12345.678, 0.0001, 65))
print("%(a)s and %(b)03d" % {"a": "x", "b": 7})
print("%.3s|%10.2s|%-10s|" % ("abcdef", "xyz", "left"))
print("{:,}".format(10**12), "{:_}".format(10**9), "{:,.3f}".format(1234.5))
print(format(1.0, ""), format(1e16, ""), format(1.5e-5, ""), format(123456789.0, ".2g"))
print(f"{'centered':=^20}", f"{3:>{5}}", f"{-3:<+5}|", f"{12.5:.0f}", f"{13.5:.0f}", f"{0.125:.2f}", f"{0.375:.2f}")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(15, -1), round(25, -1))
print(f"{1e300 * 1e10}", f"{-1e300 * 1e10:.2f}", f"{float('nan'):>6}")
print("{!a}".format("café ☕"), ascii("ñ"), repr("tab\there"))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(s, spec) if spec else s
print(f"[{Money(12345)}] [{Money(5):>10}] [{Money(99):<8}]")
try:
    format(3, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print("KeyError:", e)
