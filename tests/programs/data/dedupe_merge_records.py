# Deduplicating and merging contact records by normalized email/phone, with conflict reporting.
import re

CONTACTS = [
    {"name": "Ann Lee", "email": "Ann.Lee@Example.com", "phone": "555-0101", "city": "Oslo"},
    {"name": "Ann Lee", "email": "ann.lee@example.com ", "phone": None, "city": "Bergen"},
    {"name": "Bob Stone", "email": "bob@stone.io", "phone": "(555) 0102", "city": None},
    {"name": "Robert Stone", "email": None, "phone": "555 0102", "city": "Paris"},
    {"name": "Cy Twombly", "email": "cy@art.org", "phone": "555-0199", "city": "Rome"},
]


def norm_email(e):
    return e.strip().lower() if e else None


def norm_phone(p):
    return re.sub(r"\D", "", p) if p else None


merged = []
index = {}
conflicts = []
for c in CONTACTS:
    keys = [k for k in (("e", norm_email(c["email"])), ("p", norm_phone(c["phone"]))) if k[1]]
    target = next((index[k] for k in keys if k in index), None)
    if target is None:
        target = {}
        merged.append(target)
    for field, value in c.items():
        if value is None:
            continue
        if field == "email":
            value = norm_email(value)
        if field in target and target[field] != value:
            conflicts.append((field, target[field], value))
        else:
            target[field] = value
    for k in keys:
        index[k] = target
for m in merged:
    print(m)
for f, old, new in conflicts:
    print(f"conflict on {f}: kept {old!r}, dropped {new!r}")
print(len(CONTACTS), "->", len(merged))
