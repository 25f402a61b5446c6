# Employee/manager hierarchy from flat records: build tree, print org chart, compute team costs.

RECORDS = """id|name|title|manager|salary
1|Grace|CEO||300
2|Alan|CTO|1|220
3|Ada|CFO|1|210
4|Linus|Eng Manager|2|160
5|Guido|Engineer|4|140
6|Barbara|Engineer|4|145
7|Ken|Engineer|4|138
8|Edsger|Researcher|2|150
9|Frances|Accountant|3|95
10|Niklaus|Intern|5|40
"""

rows = [line.split("|") for line in RECORDS.strip().splitlines()]
header, body = rows[0], rows[1:]
people = {}
children = {}
root = None
for r in body:
    rec = dict(zip(header, r))
    rec["salary"] = int(rec["salary"])
    people[rec["id"]] = rec
    if rec["manager"]:
        children.setdefault(rec["manager"], []).append(rec["id"])
    else:
        root = rec["id"]


def cost(pid):
    return people[pid]["salary"] + sum(cost(c) for c in children.get(pid, []))


def depth_count(pid, depth=0, acc=None):
    acc = {} if acc is None else acc
    acc[depth] = acc.get(depth, 0) + 1
    for c in children.get(pid, []):
        depth_count(c, depth + 1, acc)
    return acc


def chart(pid, prefix="", last=True):
    p = people[pid]
    branch = "" if pid == root else ("└── " if last else "├── ")
    print(f"{prefix}{branch}{p['name']} ({p['title']}) team cost {cost(pid)}")
    kids = children.get(pid, [])
    ext = "" if pid == root else ("    " if last else "│   ")
    for i, c in enumerate(kids):
        chart(c, prefix + ext, i == len(kids) - 1)


chart(root)
print(depth_count(root))
span = {people[m]["name"]: len(c) for m, c in children.items()}
print(sorted(span.items(), key=lambda kv: (-kv[1], kv[0])))


def chain(pid):
    out = []
    while pid:
        out.append(people[pid]["name"])
        pid = people[pid]["manager"]
    return " -> ".join(out)


print(chain("10"))
