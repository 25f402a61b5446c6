# The csv module over io.StringIO: DictReader/DictWriter, quoting, dialect options, round trip.
import csv
import io

DATA = '''name,age,city,quote
"Smith, John",42,London,"He said ""hi"""
Ana,35,"São Paulo",
Bo,,Oslo,plain
'''
reader = csv.DictReader(io.StringIO(DATA))
rows = list(reader)
print(reader.fieldnames)
for r in rows:
    print(r)
ages = [int(r["age"]) for r in rows if r["age"]]
print(sum(ages) / len(ages))
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["name", "city", "age"], extrasaction="ignore", lineterminator="\n")
writer.writeheader()
for r in sorted(rows, key=lambda r: r["name"]):
    writer.writerow(r)
print(out.getvalue(), end="")
tsv = io.StringIO()
w = csv.writer(tsv, delimiter="\t", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerows([["a", 1, 2.5], ["tab\there", -3, None]])
print(tsv.getvalue(), end="")
print(list(csv.reader(io.StringIO(tsv.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["x;y;'z;w'"], delimiter=";", quotechar="'")))
