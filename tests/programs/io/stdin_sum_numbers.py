# Reads numbers line by line with input() until EOF (see stdin_sum_numbers.stdin); skips blanks and
# reports malformed lines.
total = 0.0
count = 0
bad = []
while True:
    try:
        line = input()
    except EOFError:
        break
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        value = float(line)
    except ValueError:
        bad.append(line)
        continue
    total += value
    count += 1
    print(f"{count:2d}: {value:>8.2f} running {total:>9.2f}")
print("count", count, "total", total, "mean", round(total / count, 4) if count else None)
print("bad lines:", bad)
