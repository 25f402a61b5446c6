# Validating generated identifiers with keyword: reserved words get a trailing underscore, soft keywords are allowed.
import keyword

columns = ["id", "class", "from", "to", "match", "case", "type", "import", "value 2", "2nd", "_", "lambda", "None"]


def to_identifier(name):
    ident = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name)
    if ident[0].isdigit():
        ident = "_" + ident
    if keyword.iskeyword(ident):
        ident += "_"
    return ident


for col in columns:
    ident = to_identifier(col)
    note = "soft keyword" if keyword.issoftkeyword(col) else ("renamed" if ident != col else "ok")
    print("%-10s -> %-10s %s" % (col, ident, note))
print("keywords:", len(keyword.kwlist), "soft:", keyword.softkwlist)
by_letter = {}
for kw in keyword.kwlist:
    by_letter.setdefault(kw[0].lower(), []).append(kw)
for letter in sorted(by_letter):
    print(letter, " ".join(by_letter[letter]))
