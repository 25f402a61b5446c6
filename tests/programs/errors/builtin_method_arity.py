# Built-in methods called with a wrong number of arguments or unknown keywords raise CPython's TypeError messages
# (dynamic values, typed parameters, keyword-capable methods such as split/to_bytes/sort).
tests = [
    lambda: (1).bit_length(1),
    lambda: "a".upper(1),
    lambda: [1].append(),
    lambda: [1].append(1, 2),
    lambda: {}.get(),
    lambda: {}.keys(1),
    lambda: (1.5).is_integer(2),
    lambda: "a,b".split(",", 1, 2),
    lambda: "a,b".split(sepx=","),
    lambda: [3, 1].sort(1),
    lambda: [1].pop(0, 1),
    lambda: "abc".startswith(),
    lambda: (5).to_bytes(2, "big", 1),
    lambda: "x".join(),
    lambda: [].copy(1),
    lambda: {1}.add(),
    lambda: (1, 2).count(),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
def typed() -> None:
    s: str = "a,b,c"
    n: int = 300
    f: float = 2.5
    xs: list[int] = [3, 1, 2]
    d: dict[str, int] = {"a": 1}
    calls = [
        lambda: s.split(sep=",", maxsplit=1),
        lambda: s.split(",", maxsplit=1),
        lambda: s.split(",", sep=","),
        lambda: s.upper(x=1),
        lambda: s.startswith("a", 0, 3),
        lambda: s.startswith(prefix="a"),
        lambda: s.encode(encoding="utf-8", errors="strict"),
        lambda: s.splitlines(True),
        lambda: s.expandtabs(tabsize=4),
        lambda: s.center(9, "*"),
        lambda: s.replace("a"),
        lambda: n.bit_length(1),
        lambda: n.to_bytes(2, byteorder="big"),
        lambda: n.to_bytes(length=2, byteorder="little", signed=True),
        lambda: n.to_bytes(2, "big", True),
        lambda: n.to_bytes(2, "big", signed=False, x=1),
        lambda: n.to_bytes(2, length=2),
        lambda: n.to_bytes(foo=2),
        lambda: f.is_integer(1),
        lambda: f.hex(),
        lambda: xs.sort(key=None, reverse=True),
        lambda: xs.sort(reverse=1, key=None, x=2),
        lambda: xs.sort(cmp=1),
        lambda: xs.index(1, 0, 3),
        lambda: xs.insert(1),
        lambda: d.get("a", 0),
        lambda: d.get("a", default=0),
        lambda: d.pop("zz", 5),
        lambda: d.items(1),
        lambda: {1, 2}.union({3}, [4], x=1),
        lambda: {1, 2}.union({3}, [4]),
        lambda: (1, 2, 1).index(1, 1),
        lambda: True.bit_length(2),
        lambda: (1 + 2j).conjugate(1),
        lambda: (10 ** 30).bit_length(1),
        lambda: "x".join(["a", "b"]),
        lambda: "x".count("x", 0, 1, 2),
    ]
    for c in calls:
        try:
            print(c())
        except TypeError as e:
            print("TypeError:", e)


typed()

def g(n: int, s: str, f: float, xs: list[int]) -> None:
    for call in range(6):
        try:
            if call == 0: print(n.bit_length(1))
            if call == 1: print(s.upper(1))
            if call == 2: print(f.is_integer(1))
            if call == 3: print(xs.pop(0, 1))
            if call == 4: print(s.strip("a", "b"))
            if call == 5: print(len(s.split(",", 1, 2)))
        except TypeError as e:
            print("TypeError:", e)


g(5, "a,b", 1.5, [1, 2])
