# Expected: an exception raised inside a generator surfaces in the consuming loop, uncaught.


def readings():
    for raw in ["12.5", "13.0", "n/a", "14.2"]:
        yield float(raw)


total = 0.0
for r in readings():
    total += r
    print(f"running total {total}")
