# Expected: an exception is logged in an except block and re-raised with a bare raise.


def parse_all(items):
    out = []
    for item in items:
        try:
            out.append(int(item, 16))
        except ValueError:
            print(f"cannot parse {item!r}; giving up after {len(out)} values")
            raise
    return out


print(parse_all(["ff", "10", "7f"]))
print(parse_all(["a0", "zz", "01"]))
