# Parsing CSV-like text by hand, with quoted fields, embedded commas and escaped quotes.

DATA = '''id,name,city,notes
1,Alice,"New York, NY","likes ""quotes"""
2,Bob,Boston,
3,"Carol, Jr.",Chicago,"multi word, with comma"
4,Dan,"",plain
'''


def parse_line(line):
    fields, cur, i, quoted = [], [], 0, False
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields


def to_line(fields):
    out = []
    for f in fields:
        if any(c in f for c in ',"') or f == "":
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)


lines = DATA.strip("\n").split("\n")
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    print(r)
widths = {h: max(len(h), *(len(r[h]) for r in rows)) for h in header}
print(" | ".join(h.ljust(widths[h]) for h in header))
print("-+-".join("-" * widths[h] for h in header))
for r in rows:
    print(" | ".join(r[h].ljust(widths[h]) for h in header))
print(to_line(parse_line(lines[1])) == lines[1], to_line(["a", "b,c", 'q"']))
