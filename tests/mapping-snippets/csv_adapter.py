# Snippet for the 'csv' adapter (implemented in Python, compiled with the program).
import csv
import io
from csv import (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, Error, Dialect, excel, excel_tab,
                 unix_dialect, field_size_limit, reader, writer, register_dialect, get_dialect, list_dialects,
                 unregister_dialect, DictReader, DictWriter)

print(QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, csv.__version__)
text = 'id,name,note\r\n1,"Doe, Jane","said ""hi"""\r\n2,Bob,"two\nlines"\r\n\r\n3,Eve,\r\n'
r = reader(io.StringIO(text, newline=""))
for row in r:
    print(r.line_num, row)
print(list(reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(reader(["x, y,  z"], skipinitialspace=True)))
print(list(reader(["1,2.5,\"s\""], quoting=QUOTE_NONNUMERIC)))
print(list(reader(["a\\,b,c"], escapechar="\\")))
print(list(reader(["a\tb\tc"], dialect=excel_tab)))
print(list(reader(["a\tb"], "excel-tab")))
for bad, kw in (('a,"b"x', {"strict": True}), ('a,"b', {"strict": True}), ("a\rb,c", {})):
    try:
        list(reader([bad], **kw))
    except Error as e:
        print("Error:", e)
try:
    list(reader([1]))
except csv.Error as e:
    print("Error:", e)
out = io.StringIO()
w = writer(out)
print(w.writerow(["plain", "with,comma", 'with "quote"', "multi\nline", None, 3, 2.5, ""]))
w.writerows([[""], [], ["a", "b"]])
writer(out, quoting=QUOTE_ALL, lineterminator="\n").writerow(["a", 1, None])
writer(out, quoting=QUOTE_NONNUMERIC, lineterminator="\n").writerow(["a", 1, 2.5, None, True])
writer(out, quoting=QUOTE_NONE, escapechar="\\", lineterminator="\n").writerow(["a,b", 'c"d', "e\\f"])
writer(out, doublequote=False, escapechar="\\", lineterminator="\n").writerow(['q"q', "x"])
writer(out, dialect=unix_dialect).writerow(["u", 1])
print(repr(out.getvalue()))
for row, kw in ((["a,b"], {"quoting": QUOTE_NONE}), ([""], {"quoting": QUOTE_NONE}), (5, {})):
    try:
        writer(io.StringIO(), **kw).writerow(row)
    except Error as e:
        print("Error:", e)


class Semicolons(Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_MINIMAL


register_dialect("semi", Semicolons)
register_dialect("pipes", delimiter="|", lineterminator="\n")
print(list_dialects())
buf = io.StringIO()
writer(buf, "semi").writerow(["a;b", "c"])
writer(buf, "pipes").writerow(["x|y", "z"])
print(repr(buf.getvalue()), get_dialect("pipes").delimiter, get_dialect("excel").lineterminator == "\r\n")
print(list(reader(buf.getvalue().splitlines(), "semi")))
unregister_dialect("semi")
try:
    get_dialect("semi")
except Error as e:
    print("Error:", e)
print(excel.delimiter, excel_tab.delimiter, repr(unix_dialect.lineterminator))
old = field_size_limit()
print(old, field_size_limit(10), field_size_limit())
try:
    list(reader(["x" * 11]))
except Error as e:
    print("Error:", e)
field_size_limit(old)
dr = DictReader(io.StringIO("name,qty\napple,3\n\npear,5,extra\nfig\n"), restkey="more", restval="?")
print(dr.fieldnames)
for d in dr:
    print(dr.line_num, d)
dr2 = DictReader(["a,b", "1,2"], fieldnames=["x", "y"])
print(list(dr2))
dw_out = io.StringIO()
dw = DictWriter(dw_out, fieldnames=["name", "qty"], restval="0", lineterminator="\n")
dw.writeheader()
dw.writerow({"name": "kiwi"})
dw.writerows([{"name": "plum", "qty": 7}, {"qty": 1, "name": "lime"}])
print(repr(dw_out.getvalue()))
try:
    dw.writerow({"name": "x", "colour": "red"})
except ValueError as e:
    print("ValueError:", e)
DictWriter(dw_out, ["name"], extrasaction="ignore").writerow({"name": "ok", "other": 1})
try:
    DictWriter(dw_out, ["name"], extrasaction="skip")
except ValueError as e:
    print("ValueError:", e)
