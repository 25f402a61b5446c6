name = "Ada"
width = 10
prec = 3
val = 3.14159265
print(f"{name!r:>{width}}|{val:{width}.{prec}f}|{name:*^9}|{42:+d}|{-42: d}|{42:#o}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{12345:08d}|{-12:06d}|{3.5:08.2f}")
print(f"{1e6:,.0f} {1234.5:_.2f} {0.000123:.2e} {123456789:e} {1.0:g} {1e-7:g} {100000000.0:g}")
print(f"{255:x} {255:X} {255:#b} {255:o} {65:c} {10:n}")
print(f"{'nested':{'>' if True else '<'}{width}}")
print(f"{3!s} {'x'!r} {'é'!a} {[1, 'a']!s}")
d = {"k": [1, 2]}
print(f"{d['k'][1]} {d!r} {len(d) * 2} {(lambda x: x * 2)(4)}")
print(f"{{literal}} {{{name}}}")
x = 5
print(f"{x=} {x * 2 = } {name=!s} {val=:.2f}")
print("%s %r %d %5.2f %-5d| %05d %x %X %o %e %c %%" % ("s", "r", 42, 3.14159, 7, 42, 255, 255, 8, 12345.678, 65))
print("%(a)s and %(b)03d" % {"a": "alpha", "b": 7})
print("%*d|%-*s|" % (5, 42, 6, "ab"), "%.*f" % (2, 3.14159))
print("{} {} {}".format(1, "two", 3.0), "{1} {0} {1}".format("a", "b"), "{x} {y[0]}".format(x=1, y=[9]))
print("{:>6}|{:<6}|{:^6}|{:06.2f}".format("a", "b", "c", 3.14159))
print("{0!r:>8} {0!s:<8}|".format("q"), "{:,}".format(1234567), "{:.3%}".format(0.12345))


class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if spec == "polar":
            return f"<r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}>"
        return f"P({self.x:{spec}}, {self.y:{spec}})"

    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"


p = P(3, 4)
print(f"{p:polar} {p:.1f} {p!r} {p}" if False else f"{p:polar} {p:.1f} {p!r}")
print("{0.x} {0.y}".format(p), "{:polar}".format(p), format(p, "03d"))
print(format(1234.5678, ",.2f"), format("abc", "^7"), format(True, "d"), format(3, ".2f"), format(-0.0, ".1f"))
print(str(1.0), str(-0.0), repr(1e-5), repr(123.0), 1e100, 1.7976931348623157e308, 5e-324)
print("a\tb".expandtabs(4), "x".center(6, "-"), "7".zfill(3), "-7".zfill(4), "abc".ljust(5, ".") + "|")
print(f"{'multi'}" f"{'part'}" "plain", f"""{
    1 + 1
}""")
table = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
print(f"{'item':<10}{'price':>8}{'qty':>6}")
for item, price, qty in table:
    print(f"{item:<10}{price:>8.2f}{qty:>6d}")
print(f"{'total':<10}{sum(p * q for _, p, q in table):>14.2f}")
print("%s" % (1,), "%s" % [1, 2], "%d%%" % 50, "%i" % 3.9, "%r" % "it's", "%5s|%-5s|" % ("ab", "cd"))
print(f"{True!r} {None} {b'bytes'} {1+2j} {(1, 2)} {0.1+0.2:.17g}")
