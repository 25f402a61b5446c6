import csv, io
RAW = """name,dept,salary,start
Alice,Engineering,120000,2019-03-01
Bob,Marketing,85000,2020-07-15
"Carol, Jr.",Engineering,135000,2018-01-10
Dan,Sales,70000,2021-11-30
Eve,"Marketing",92000.50,2017-05-22
"""
rows = list(csv.DictReader(io.StringIO(RAW)))
print(len(rows), rows[2]["name"], list(rows[0].keys()))
for r in rows:
    r["salary"] = float(r["salary"])
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
hdr = f"{'Dept':<12}|{'N':>3}|{'Avg':>12}|{'Max':>10}"
print(hdr); print("=" * len(hdr))
for d in sorted(by_dept):
    rs = by_dept[d]
    avg = sum(r["salary"] for r in rs) / len(rs)
    print(f"{d:<12}|{len(rs):>3}|{avg:>12,.2f}|{max(r['salary'] for r in rs):>10.0f}")
out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "note"])
w.writerow([1, 'has "quotes"'])
w.writerow([2, "comma, here"])
w.writerow([3, "plain"])
print(out.getvalue().replace("\r\n", "\\r\\n\n"), end="")
for rec in csv.reader(["a;b;c", "1;;3"], delimiter=";"):
    print(rec)
dw_out = io.StringIO()
dw = csv.DictWriter(dw_out, fieldnames=["x", "y"], lineterminator="\n")
dw.writeheader(); dw.writerows([{"x": 1, "y": 2}, {"x": "a,b", "y": None}])
print(dw_out.getvalue(), end="")
seniority = sorted(rows, key=lambda r: tuple(map(int, r["start"].split("-"))))
print([r["name"].split(",")[0] for r in seniority])
def histogram(values, bins=4):
    lo, hi = min(values), max(values)
    width = (hi - lo) / bins
    counts = [0] * bins
    for v in values:
        i = min(int((v - lo) / width), bins - 1)
        counts[i] += 1
    return [(round(lo + i * width), c) for i, c in enumerate(counts)]
for edge, cnt in histogram([r["salary"] for r in rows]):
    print(f"{edge:>8} {'█' * cnt}{'░' * (3 - cnt)}")
text = "The rain in Spain stays mainly in the plain"
print(text.center(50, "~"))
box_w = max(len(s) for s in text.split()) + 4
print("+" + "-" * box_w + "+")
for word in text.split():
    print("|" + word.center(box_w) + "|")
print("+" + "-" * box_w + "+")
print(f"{'%':>3}{'a':^5}{'b':<4}|", "{:=^20}".format(" mid "), "{:-<8}{:+>8}".format("l", "r"))
print("{:>{w}.{p}f}".format(3.14159, w=10, p=3), "{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
