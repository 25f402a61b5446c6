# Order of execution through try/except/else/finally, including return inside finally paths.


def trial(kind):
    steps = []
    try:
        steps.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            {}["missing"]
        if kind == "zero":
            1 // 0
    except ValueError as e:
        steps.append(f"except ValueError({e})")
    except (KeyError, IndexError) as e:
        steps.append(f"except {type(e).__name__}({e})")
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    return steps


def returns_in_finally():
    try:
        return "from try"
    finally:
        print("  finally runs before return")


def finally_overrides():
    try:
        return 1
    finally:
        return 2


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


for kind in ["none", "value", "key"]:
    print(kind, trial(kind))
try:
    trial("zero")
except ZeroDivisionError as e:
    print("zero escaped:", e)
print(returns_in_finally())
print(finally_overrides())
print(loop_with_finally())
