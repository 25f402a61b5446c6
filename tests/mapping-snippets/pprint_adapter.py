# Snippet for the 'pprint' adapter (implemented in Python, compiled with the program).
import pprint
from pprint import pformat, pp, PrettyPrinter, saferepr, isreadable, isrecursive
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
import io

@dataclass
class Point:
    name: str
    coords: list
    secret: int = field(default=0, repr=False)

@dataclass
class Own:
    x: int

    def __repr__(self):
        return "Own(" + "x" * 40 + ")"


data = {"name": "widget", "tags": ["alpha", "beta", "gamma", "delta", "epsilon"], "dims": (10, 20, 30),
        "nested": {"a": [1, 2, {"deep": list(range(12))}], "b": {3, 1, 2}, "c": frozenset({30, 10, 20}), "own": Own(5)},
        "text": "the quick brown fox jumps over the lazy dog " * 3, "blob": b"0123456789" * 5, 5: None}
for width in (10, 30, 50, 80):
    print("width", width)
    pprint.pprint(data, width=width)
print(pformat(data, indent=4, width=40))
print(pformat(data, depth=2))
print(pformat(list(range(40)), compact=True, width=50))
pp({"z": 1, "a": [2] * 30, "m": "x"})
pprint.pprint({"z": 1, "a": 2}, sort_dicts=False)
print(pformat(123456789012, underscore_numbers=True))
pprint.pprint([Point("origin", [0, 0] * 20, 7), Own(1)], width=30)
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)), width=40)
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry cranberry".split():
    dd[w[0]].append(w)
pprint.pprint(dd, width=40)
pprint.pprint(Counter("mississippi river"), width=30)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({"a": 1, "b": list(range(20))}, {"c": 3}), width=40)
print(pformat("a long single string that will need to be wrapped across lines", width=20))
pr = PrettyPrinter(width=20, indent=2)
print(pr.pformat([[1, 2, 3], [4, 5, 6], ["seven", "eight"]]))
buf = io.StringIO()
PrettyPrinter(stream=buf, width=15).pprint({"k": [1, 2, 3, 4, 5, 6]})
print(repr(buf.getvalue()))
print(pr.isreadable([1, 2]), pr.isrecursive([1]))
loop = [1, 2]
loop.append(loop)
print(isrecursive(loop), isreadable(loop), isreadable({"a": 1}), isreadable(object()))
print(saferepr(loop).startswith("[1, 2, <Recursion on list with id="))
print(saferepr({"b": 2, "a": (1,)}))
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
