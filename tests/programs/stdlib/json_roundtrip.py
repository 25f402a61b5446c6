# json: dumps with indent/sort_keys/separators, loads, custom default, round trips, errors.
import json

doc = {
    "name": "py2wasm",
    "version": [0, 1, 2],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "tags": ["compiler", "wasm", "rust"],
    "deps": {"num-bigint": "0.4", "indexmap": "2"},
    "unicode": "café ☕",
}
text = json.dumps(doc)
print(text)
print(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(doc["deps"], separators=(",", ":")), json.dumps([1, 2], indent=None))
back = json.loads(text)
print(back == doc, type(back["version"]).__name__, back["unicode"])
print(json.loads('{"a": [1, 2.5, "x", true, null], "b": {"c": -1e3}}'))
print(json.dumps("quote\" backslash\\ newline\n tab\t"), json.dumps(1e16), json.dumps(10 ** 20))
print(json.dumps({1: "int key", "2": "str key", True: "bool"}), json.dumps((1, 2)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(obj):
    if isinstance(obj, Point):
        return {"__point__": [obj.x, obj.y]}
    raise TypeError(f"cannot encode {type(obj).__name__}")


def decode(d):
    return Point(*d["__point__"]) if "__point__" in d else d


s = json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, default=encode)
print(s)
obj = json.loads(s, object_hook=decode)
print(type(obj["p"]).__name__, obj["p"].x, obj["ps"][0].y)
for bad in ['{"a": }', "[1, 2", "{'single': 1}", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
