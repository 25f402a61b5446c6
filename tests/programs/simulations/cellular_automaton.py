# Elementary cellular automata (rules 30, 90, 110) printed as text, with a rule-30 random bit stream.


def run(rule, width, steps):
    cells = [0] * width
    cells[width // 2] = 1
    rows = [cells]
    for _ in range(steps):
        prev = rows[-1]
        nxt = []
        for i in range(width):
            l, c, r = prev[i - 1], prev[i], prev[(i + 1) % width]
            nxt.append((rule >> (l << 2 | c << 1 | r)) & 1)
        rows.append(nxt)
    return rows


for rule in (30, 90, 110):
    print(f"rule {rule}")
    for row in run(rule, 41, 12):
        print("".join("█" if c else " " for c in row).rstrip())
rows = run(30, 101, 200)
bits = [row[50] for row in rows]
print("".join(map(str, bits[:64])))
print(sum(bits), len(bits))
value = int("".join(map(str, bits[:64])), 2)
print(value, hex(value))
