# f-strings and format specs: width, fill, alignment, sign, grouping, precision, types, nesting.
import math

x, n, s = 3.14159265, 1234567, "py"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.4f}|{x:+.1e}|{x:.3g}|{x:%}|{x:.1%}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{n:+d}|{-n: d}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:*^8}|{s!r}|{s!r:>8}|{s.upper()=}")
width, prec = 12, 3
print(f"{x:{width}.{prec}f}|{x:>{width}}|{'nested':{'#'}^{width}}")
print(f"{math.pi:.10f} {math.e:.0f} {1e-7:.2e} {1234.5:e} {0.000012345:g} {123456789.0:g}")
print(f"{255:08b} {255:#010x} {-255:x} {3:03} {-3:03}")
print(f"{1/3:.5} {2/3:.15g} {10**20:.3e} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f}")
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
print(f"{'item':<10}{'price':>8}{'qty':>5}{'total':>9}")
for name, price, qty in items:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}{price * qty:>9.2f}")
print(f"{'':-<32}")
total = sum(p * q for _, p, q in items)
print(f"{'TOTAL':<23}{total:>9.2f}")
print(f"{{literal braces}} {n=} {x*2=:.3f} {len(items)!s:>3}")
print(f"{True} {None} {[1, 2]} {(1,)} {{'a': 1}} {3 + 4j}")
print(f"{1e100:.3g} {float('inf'):>6} {-float('inf')} {float('nan')} {-0.0:.1f} {12.0:g}")
print(f"{'left':<{width}}|", f"{123.456:_>12.1f}", f"{0.5:>+8.3f}")
print(format(1234.5678, ",.2f"), format(0.1, ".20f"), format(42, "c"), format("s", "3"))
