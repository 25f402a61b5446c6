# Common string-building idioms and their equivalence: join vs +=, list of parts, f-strings,
# str.format, repetition, and io.StringIO; all produce the same report.
import io

rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
a = ""
for name, n, v in rows:
    a += name.ljust(8) + str(n).rjust(5) + ("%.2f" % v).rjust(9) + "\n"
parts = []
for name, n, v in rows:
    parts.append(f"{name:<8}{n:>5}{v:>9.2f}")
b = "\n".join(parts) + "\n"
c = "".join("{:<8}{:>5}{:>9.2f}\n".format(*r) for r in rows)
buf = io.StringIO()
for name, n, v in rows:
    print(f"{name:<8}{n:>5}{v:>9.2f}", file=buf)
d = buf.getvalue()
print(a == b == c == d)
print(a, end="")
line = "=" * 22
print(line)
total = sum(n for _, n, _ in rows)
print(f"{'total':<8}{total:>5}{sum(v for *_, v in rows):>9.2f}")
csv = "\n".join(",".join(map(str, r)) for r in rows)
print(csv)
print(repr("-".join([])), repr("".join(["a"])), "x".join("abc"), ", ".join(map(repr, ["a", 1])))
