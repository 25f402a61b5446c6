"""json.dumps / json.loads of nested data (pyperformance json_dumps/json_loads style)."""
import json

EMPTY = ({}, 2000)
SIMPLE_DATA = {"key1": 0, "key2": True, "key3": "value", "key4": "foo", "key5": "string"}
SIMPLE = (SIMPLE_DATA, 100)
NESTED_DATA = {"key1": 0, "key2": SIMPLE[0], "key3": "value", "key4": SIMPLE[0], "key5": SIMPLE[0],
               "key": "\u0105\u0107\u017c"}
NESTED = (NESTED_DATA, 100)
HUGE = ([NESTED[0]] * 100, 5)

total = 0
for obj, count in (EMPTY, SIMPLE, NESTED, HUGE):
    for _ in range(count):
        s = json.dumps(obj)
        total += len(s)
print(total)
print(json.dumps(NESTED_DATA))
print(json.dumps(NESTED_DATA, ensure_ascii=False))
print(json.dumps(SIMPLE_DATA, indent=2, sort_keys=True))
print(json.dumps([1, 2.5, None, "x\ty\"z", [], {}], separators=(",", ":")))
print(json.dumps({"a": [1, {"b": (2, 3)}]}, indent=4))
print(json.dumps({3: "int key", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps(1e20), json.dumps(0.1), json.dumps(-0.0), json.dumps(float("inf")), json.dumps(10**25))

docs = [json.dumps({"id": i, "tags": ["t%d" % j for j in range(i % 4)], "score": i * 0.25,
                    "nested": {"ok": i % 2 == 0, "none": None}}) for i in range(500)]
parsed = [json.loads(d) for d in docs]
print(sum(p["score"] for p in parsed), sum(len(p["tags"]) for p in parsed),
      sum(1 for p in parsed if p["nested"]["ok"]))
print(parsed[7])
text = '{"name": "caf\\u00e9", "vals": [1, -2.5e3, 1E-2, true, false, null], "obj": {"x": {"y": []}}, "esc": "a\\nb\\\\c\\/d"}'
obj = json.loads(text)
print(obj)
print(type(obj["vals"][1]).__name__, type(obj["vals"][0]).__name__)
print(json.loads("[]"), json.loads(" 42 "), json.loads('"s"'), json.loads("3.0"))
for bad in ('{"a": 1,}', "[1, 2", "nul", '{"a" 1}', ""):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5]', parse_float=lambda s: "F" + s))
pairs = json.loads('{"z": 1, "y": 2}', object_pairs_hook=list)
print(pairs)
