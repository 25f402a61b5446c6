# Three formatting styles side by side: %-formatting, str.format, f-strings; padding, precision,
# dict-based formatting and format_map.
record = {"name": "Widget", "qty": 42, "price": 3.14159, "sku": 7}
print("%s x%d @ %.2f (sku %04d)" % (record["name"], record["qty"], record["price"], record["sku"]))
print("%(name)s has %(qty)5d units" % record)
print("%-10s|%10s|%+.3e|%x|%o|%c|%%" % ("left", "right", 12345.678, 255, 8, 65))
print("{name} x{qty} @ {price:.2f} (sku {sku:04d})".format(**record))
print("{0[name]} {0[qty]:>6,} {1}".format(record, "extra"), "{:{fill}^{w}}".format("mid", fill="*", w=11))
print("{name!r:>12} {price!s:.4}".format_map(record))
print(f"{record['name']} x{record['qty']} @ {record['price']:.2f} (sku {record['sku']:04d})")
rows = [("alpha", 1.5, 10), ("beta", 22.75, 3), ("gamma", 333.125, 4567)]
for name, val, n in rows:
    print("%-8s %8.3f %6d | {:<8} {:>8.3f} {:>6} | ".format(name, val, n) % (name, val, n) + f"{name:<8} {val:>8.3f} {n:>6}")
print("%5.1f%%" % 99.5, "{:.1%}".format(0.995), f"{0.995:.1%}")
print("%s %r %a" % ("é", "é", "é"), "{!a}".format("ü"), "%.3s" % "abcdef", "%*d" % (5, 42))
