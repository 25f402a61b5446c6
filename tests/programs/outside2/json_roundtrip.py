import json

EMPTY = ({}, 2000)
SIMPLE_DATA = {"key1": 0, "key2": True, "key3": "value", "key4": "foo", "key5": "string"}
NESTED_DATA = {
    "key1": 0,
    "key2": SIMPLE_DATA,
    "key3": "value",
    "key4": [1, 2.5, None, False, "x"],
    "key5": {"a": [], "b": {}},
}
data = [EMPTY[0], SIMPLE_DATA, NESTED_DATA, [1, 2, 3], "unicode é ☃ \u0001 \"q\"", 3.0, -0.5, 10 ** 20]
for d in data:
    s = json.dumps(d)
    print(s)
    back = json.loads(s)
    print(back == d, type(back).__name__)
print(json.dumps(NESTED_DATA, indent=2, sort_keys=True))
print(json.dumps(SIMPLE_DATA, separators=(",", ":")))
print(json.dumps("é☃", ensure_ascii=False), json.dumps([float("inf")]) if False else "")
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}, indent=4), json.dumps([[]], indent=2))
text = '{"name": "Widget", "tags": ["a", "b"], "price": 12.50, "stock": null, "ok": true, "n": -3e2}'
obj = json.loads(text)
print(obj, obj["price"], obj["n"])
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.loads("[1, 2")
except ValueError as e:
    print("ValueError:", e.__class__.__name__, e.msg, e.pos)


class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


def encode(o):
    if isinstance(o, Item):
        return {"__item__": True, "name": o.name, "qty": o.qty}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def decode(d):
    if d.get("__item__"):
        return Item(d["name"], d["qty"])
    return d


s = json.dumps([Item("bolt", 3), Item("nut", 7)], default=encode)
print(s)
items = json.loads(s, object_hook=decode)
print([(i.name, i.qty) for i in items])
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.loads('"\\u00e9\\n\\t"'), json.loads("  [1 , 2 ]  "), json.loads("1.0"), json.loads("12"))
for i in range(100):
    round_trip = json.loads(json.dumps(NESTED_DATA))
assert round_trip == NESTED_DATA
print("done")
