# Class patterns for builtin types: int(x), str(), list(), dict(), tuple(), bool() vs int ordering,
# and a type-directed pretty printer.


def pretty(v, indent=0):
    pad = "  " * indent
    match v:
        case bool(b):
            return pad + ("yes" if b else "no")
        case int(n) if n < 0:
            return pad + f"({n})"
        case int(n):
            return pad + str(n)
        case float(f):
            return pad + f"{f:.2f}"
        case str(s) if not s:
            return pad + '""'
        case str(s):
            return pad + s
        case dict(d) if not d:
            return pad + "{}"
        case dict(d):
            lines = [pad + "{"]
            for k, val in d.items():
                lines.append(pad + f"  {k}:")
                lines.append(pretty(val, indent + 2))
            return "\n".join(lines + [pad + "}"])
        case list(items) | tuple(items):
            return "\n".join([pad + "["] + [pretty(i, indent + 1) for i in items] + [pad + "]"])
        case None:
            return pad + "null"
        case _:
            return pad + f"<{type(v).__name__}>"


print(pretty({"name": "widget", "count": 3, "price": 9.5, "tags": ["a", "", -2], "ok": True,
              "meta": {}, "parent": None, "dims": (1, 2), "set": {1}}))
