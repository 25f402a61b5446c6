import math
vals = [0, 1, -1, 3.14159, -2.5, 1e-7, 123456789.123, 1e22, float('inf'), -0.0, 255, 2**70]
for v in vals:
    print(f"{v!r:>24} | {v:10.3g} | {v:<12.2e} | {v:+.1f}")
for n in [0, 7, 255, -42, 65535, 10**9]:
    print(f"{n:5d}|{n:<6}|{n:^8}|{n:x}|{n:#X}|{n:o}|{n:#b}|{n:08.2f}|{n:,}|{n:_}|{n:+}|{n: }")
print(f"{'abc':*^11}|{'left':<8}|{'right':>8}|{'t':.0}|{'truncate':.3}")
print(f"{3.0:g} {3.5e10:g} {0.0001:g} {0.00001:g} {1234567.0:g} {12345678.0:g}")
print(f"{0.5:%} {0.125:.1%} {1:.0%}")
name, width, prec = "pi", 12, 4
print(f"{name!s:>{width}}={math.pi:{width}.{prec}f}|")
print(f"{'x'!r} {'é'!a} {[1, 'a']!s}")
d = {"k": 5, "nested": {"a": [10, 20]}}
print(f"{d['k'] * 2} {d['nested']['a'][-1]} {len(d)=}")
x = 42
print(f"{x=}, {x * 2 = }, {x=:>6}, {math.pi=:.2f}")
print(f"{{literal}} {x}{{}}")
print(f"{'nested ' + f'{x:03d}'}")
print("{:>10}|{:<10}|{:^10}".format("a", "b", "c"))
print("{0}{1}{0}".format("ab", "cd"), "{name}-{n:03}".format(name="z", n=7))
print("{0[1]} {1[key]} {2.real}".format([4, 5], {"key": "v"}, 3 + 4j))
print("%s %d %5.2f %-5s| %x %o %e %r %%" % ("s", 42, 3.14159, "ab", 255, 8, 12345.678, "q"))
print("%(a)s and %(b)03d" % {"a": "A", "b": 7})
print("%c%c %5s %-5d| %+d %.3s" % (72, "i", "pad", 3, 5, "abcdef"))
print(format(1234.5678, ",.2f"), format(0.000123, ".2e"), format(42, "b"), format("s", "^5"))
print(f"{1e16:.0f} {2.5:.0f} {3.5:.0f} {-0.5:.0f} {1.005:.2f} {0.125:.2f}")
print(f"{123.456:e} {123.456:E} {float('nan'):f} {float('-inf'):e}")
print(str(1e16), str(1e-5), str(123456789012345678.0), repr(0.1 + 0.2), str(1 / 3))
print(f"{True} {None} {True:d} {b'x'} {(1, 2)} {3+0j}")
print(f"{-5:05d} {5:+05d} {-3.5:08.2f} {'ab':0>5}")
print(f"{12345.6789:10,.1f}|{-1234:,}|{1234567:_x}")
class V:
    def __format__(self, spec):
        return f"V<{spec}>"
    def __str__(self):
        return "Vstr"
    def __repr__(self):
        return "Vrepr"
print(f"{V()} {V():abc} {V()!r} {V()!s}", format(V(), "q"), "{:zz}".format(V()))
print(round(2.5), round(0.125, 2), round(1234.5678, -2), round(-0.5), round(7, -1), round(15, -1))
