# Normalising and formatting people's names: title case with particles, initials, sorting keys.
import re

PARTICLES = {"van", "der", "de", "la", "von", "da", "di", "le"}
NAMES = ["  ada  LOVELACE ", "ludwig van beethoven", "JEAN-LUC picard", "o'brien, miles", "leonardo da vinci",
         "mary-kate  o'neil", "  charles DE GAULLE", "guido van rossum"]


def cap_part(part):
    part = "-".join(p.capitalize() for p in part.split("-"))
    return re.sub(r"^(O')(\w)", lambda m: m.group(1) + m.group(2).upper(), part)


def normalize(raw):
    raw = " ".join(raw.split())
    if "," in raw:
        last, first = [p.strip() for p in raw.split(",", 1)]
        raw = f"{first} {last}"
    words = raw.lower().split()
    out = [w if (w in PARTICLES and 0 < i < len(words) - 1) else cap_part(w) for i, w in enumerate(words)]
    return " ".join(out)


def initials(name):
    return "".join(w[0] + "." for w in name.split() if w not in PARTICLES)


def sort_key(name):
    words = name.split()
    i = len(words) - 1
    while i > 0 and words[i - 1] in PARTICLES:
        i -= 1
    return (" ".join(words[i:]).lower(), name.lower())


clean = [normalize(n) for n in NAMES]
for raw, name in zip(NAMES, clean):
    print(f"{raw!r:26} -> {name:22} {initials(name)}")
print([n.split()[-1] for n in sorted(clean, key=sort_key)])
