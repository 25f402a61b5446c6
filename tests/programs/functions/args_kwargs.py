# *args/**kwargs, keyword-only and positional-only parameters, defaults, and call unpacking.


def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"


def pos_only(x, y, /, z=0, *, scale=1):
    return (x + y + z) * scale


def total(*nums, start=0):
    return sum(nums, start)


def merge(**dicts):
    out = {}
    for name, d in dicts.items():
        for k, v in d.items():
            out[f"{name}.{k}"] = v
    return out


def apply(fn, /, *args, **kwargs):
    return fn(*args, **kwargs)


print(describe(1, c=3))
print(describe(1, 5, 6, 7, c=8, e=9, f=10))
print(describe(*[1, 2, 3], **{"c": 0, "d": 1, "z": 26}))
print(pos_only(1, 2), pos_only(1, 2, 3), pos_only(1, 2, z=3, scale=10))
try:
    pos_only(x=1, y=2)
except TypeError:
    print("TypeError: positional-only passed as keyword")
try:
    describe(1, 2)
except TypeError:
    print("TypeError: missing keyword-only c")
print(total(), total(1, 2, 3), total(*range(10), start=100))
print(merge(a={"x": 1}, b={"y": 2, "z": 3}))
print(apply(max, 3, 9, 4), apply(sorted, "banana", reverse=True), apply(dict, a=1, fn=2))
args = (1, 2)
kwargs = {"scale": 3}
print(pos_only(*args, **kwargs), pos_only(*args, 5, **kwargs))
first, *middle, last = range(7)
print(first, middle, last, [*"ab", *range(3)], {**{"a": 1}, "b": 2, **{"a": 3}})
