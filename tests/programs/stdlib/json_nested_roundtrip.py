import json

data = {
    "name": "Widget \"Pro\"",
    "tags": ["a", "b", "ünï", "\u2603", "tab\there"],
    "price": 12.5,
    "count": 3,
    "big": 12345678901234567890,
    "ratio": 1e-7,
    "active": True,
    "missing": None,
    "nested": {"levels": [[1, 2], [3, [4, 5, {"deep": False}]]], "empty": {}, "none": []},
    "unicode": "caf\u00e9 \U0001F600",
}

s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data["nested"], separators=(",", ":")))
print(json.dumps([1, 2, 3], indent=0))
back = json.loads(s)
print(back == data, type(back["big"]).__name__, back["unicode"])
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "null key"}))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads("[1.0, 2, -0, -0.0, 1E3, 1e-2]"))
print(json.loads('"\\u00e9\\n\\"x\\""'))
print(json.dumps("\x00\x1f\x7f"))
print(json.dumps((1, 2)), json.dumps(float("inf")), json.dumps(float("nan")))
for bad in ["{'a': 1}", "[1, 2,]", "", "nul", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"cannot encode {type(o).__name__}")


def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


txt = json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, default=encode)
print(txt)
pts = json.loads(txt, object_hook=decode)["pts"]
print([(p.x, p.y) for p in pts])
print(json.dumps({"b": 1, "a": [1, {"z": 2, "y": None}]}, indent="\t", sort_keys=True))
print(json.loads("123"), json.loads("\"s\""), json.loads("null"), json.loads(" true "))
print(json.dumps(data["tags"], indent=4, ensure_ascii=True))
