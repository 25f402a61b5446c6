# Mail merge and config rendering with string.Template: $name and ${name}, $$, safe_substitute for partial data,
# get_identifiers to find missing fields, the errors of bad placeholders; records come from JSON, with
# JSONDecodeError reporting where a broken record is; sys.version_info and float_info checks a script would make.
import json
import string
import sys

LETTER = string.Template("""Dear ${title} $name,
your order #$order of $count item(s) ships on $date.
Total: $$${total} (incl. ${vat}% VAT).
""")

RECORDS = [
    '{"title": "Dr.", "name": "Ada", "order": 1017, "count": 3, "date": "2024-03-05", "total": "129.90", "vat": 19}',
    '{"title": "Mr.", "name": "Brian", "order": 1018, "count": 1, "date": "2024-03-06", "total": "15.00"}',
    '{"title": "Ms.", "name": "Chen", "order": 1019, "count": 12 "date": "2024-03-06"}',
    '{"title": "Mx.", "name": "Dee",\n "order": 1020, "count": 2, "date": "2024-03-07", "total": 40, "vat": 7,}',
]

print("fields:", LETTER.get_identifiers(), "valid:", LETTER.is_valid())
for raw in RECORDS:
    try:
        rec = json.loads(raw)
    except json.JSONDecodeError as e:
        print(f"bad record at line {e.lineno}, column {e.colno} (char {e.pos}): {e.msg}")
        print("  context:", repr(e.doc[max(0, e.pos - 8):e.pos + 8]))
        continue
    missing = [f for f in LETTER.get_identifiers() if f not in rec]
    if missing:
        print(f"record {rec['order']}: missing {missing}; partial letter:")
        print(LETTER.safe_substitute(rec), end="")
        try:
            LETTER.substitute(rec)
        except KeyError as e:
            print("  substitute() raised KeyError", e)
        continue
    print(LETTER.substitute(rec), end="")

# Keyword arguments win over the mapping.
greeting = string.Template("Hello $who, welcome to $place!")
print(greeting.substitute({"who": "world", "place": "Earth"}, place="Mars"))
print(greeting.safe_substitute(who="you"))
print(string.Template("$$5 and $$$cost and ${unit}s").substitute(cost=3, unit="apple"))

for bad in ["price: $ 5", "line one\n  costs $9", "${ broken}", "trailing $"]:
    t = string.Template(bad)
    print(repr(bad), t.is_valid(), t.get_identifiers(), repr(t.safe_substitute()))
    try:
        t.substitute()
    except ValueError as e:
        print("  ValueError:", e)

# A config file rendered from defaults.
config = string.Template("[server]\nhost = $host\nport = $port\nworkers = ${workers}\n")
print(config.substitute(host="0.0.0.0", port=8080, workers=4), end="")

err = json.JSONDecodeError("Expecting value", "{\n  \"a\": ?\n}", 9)
print(err, "|", err.lineno, err.colno, isinstance(err, ValueError))

# Environment checks a script makes before choosing a code path.
print("python3:", sys.version_info.major == 3, sys.version_info >= (3, 8), sys.version_info[:1])
print("float:", sys.float_info.max, sys.float_info.epsilon, sys.float_info.mant_dig, sys.float_info.dig)
print("eps check:", 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print("int digits:", sys.int_info.bits_per_digit, sys.maxsize == 2**63 - 1)
