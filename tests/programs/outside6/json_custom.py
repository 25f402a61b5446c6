import json
from dataclasses import dataclass, asdict, field
from datetime import date


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    placed: date = date(2024, 1, 15)
    note: str = None


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


orders = [Order(1, ["apple", "pear"]), Order(2, [], date(2023, 12, 31), "gift"), Order(3, ["x" * 3])]
text = json.dumps([asdict(o) for o in orders], cls=Encoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back[1]["placed"], type(back[1]["placed"]).__name__, back[0]["items"])
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, separators=(",", ":")))
print(json.dumps({"tags": {"z", "a"}}, default=sorted), json.dumps("ünïcode ✓"), json.dumps("ünïcode", ensure_ascii=False))
print(json.dumps([1.0, 1e20, 1.5e-7, float("inf"), -0.0, 10**20, True, None]))
print(json.loads('{"a": 1.0, "b": 1e2, "c": [true, false, null], "d": "\\u00e9\\n"}'))
print(json.loads("[1, 2]", parse_int=str), json.loads('{"x": 1.5}', parse_float=lambda s: "F" + s))
pairs = json.loads('{"k": 1, "k": 2, "j": 3}', object_pairs_hook=list)
print(pairs)
try:
    json.dumps({"d": date(2020, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([[1, [2, [3]]]], indent="\t"))
data = {"name": "test", "values": list(range(5)), "nested": {"deep": {"deeper": [1, {"x": "y"}]}}}
assert json.loads(json.dumps(data)) == data
print(len(json.dumps(data, indent=4)), json.dumps(data)[:40])
