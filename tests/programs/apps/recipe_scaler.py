# Scaling recipes with Fractions: parsing mixed numbers ("1 1/2 cups"), unit conversion, pretty
# printing back to kitchen fractions, and a shopping list merge.
from fractions import Fraction
import re

RECIPE = """pancakes (serves 4)
1 1/2 cups flour
3 1/2 tsp baking powder
1 tbsp sugar
1/4 tsp salt
1 1/4 cups milk
1 egg
3 tbsp butter"""
TO_TSP = {"tsp": 1, "tbsp": 3, "cups": 48}


def parse_qty(text):
    total = Fraction(0)
    for part in text.split():
        total += Fraction(part)
    return total


def pretty(q):
    whole, rest = divmod(q.numerator, q.denominator)
    frac = Fraction(rest, q.denominator)
    if whole and frac:
        return f"{whole} {frac}"
    return str(whole) if whole else str(frac)


def simplify(qty, unit):
    if unit in TO_TSP:
        tsp = qty * TO_TSP[unit]
        for u in ("cups", "tbsp", "tsp"):
            if tsp >= TO_TSP[u] / (4 if u == "cups" else 1) and (tsp / TO_TSP[u]).denominator <= 4:
                return tsp / TO_TSP[u], u
    return qty, unit


lines = RECIPE.splitlines()
title = lines[0]
serves = int(re.search(r"serves (\d+)", title).group(1))
items = []
for line in lines[1:]:
    words = line.split()
    k = 0
    while k < len(words) and re.fullmatch(r"\d+(/\d+)?", words[k]):
        k += 1
    unit = words[k] if words[k] in TO_TSP else ""
    name = " ".join(words[k + (1 if unit else 0):])
    items.append((parse_qty(" ".join(words[:k])), unit, name))
for target in (2, 6, 10):
    factor = Fraction(target, serves)
    print(f"--- serves {target} (x{factor})")
    for qty, unit, name in items:
        q, u = simplify(qty * factor, unit)
        print(f"  {pretty(q):>7} {u:5} {name}")
shopping = {}
for qty, unit, name in items:
    if unit in TO_TSP:
        shopping[name] = shopping.get(name, 0) + qty * TO_TSP[unit] * 3
print({k: pretty(Fraction(v)) + " tsp" for k, v in shopping.items()})
