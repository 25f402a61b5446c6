# Conditional expressions, short-circuit and/or returning operands, truthy defaults, any/all.


def describe(n):
    return "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "large"


print([describe(n) for n in (-5, 0, 3, 10, 99)])
name = ""
print(name or "anonymous", None or 0 or [] or "fallback", "x" and "y", 0 and 1 / 0)
config = {"debug": None, "level": 0}
level = config.get("level") or 5
level2 = config["level"] if config.get("level") is not None else 5
print(level, level2)
data = [3, 0, -2, 8]
print(max(data) if data else None, min((x for x in data if x > 0), default=None))
sign = lambda v: (v > 0) - (v < 0)
print([sign(v) for v in data])
parity = ["even", "odd"]
print([parity[v % 2] for v in data], [("odd", "even")[v % 2 == 0] for v in data])
items = []
first = items[0] if items else "empty"
print(first, bool(items) and items[0], not items)
print(all([]), any([]), all(x > -5 for x in data), any(x > 7 for x in data))
