# Snippet for the 'json' adapter.
import io
import json
import sys
from json import dump, dumps, load, loads

data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "ratio": 0.5, "ok": True, "none": None, "nested": {"k": [1, {"z": "é"}]}}
print(json.dumps(data))
print(dumps(data, sort_keys=True, indent=2))
print(json.dumps([1, 2, {"a": "b"}], separators=(",", ":")), json.dumps("é\n\"q\""), json.dumps("é", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}), json.dumps([float("inf"), -0.0, 1e100]))
print(json.dumps({"b": 1, "a": [1, 2]}, indent="\t", sort_keys=True))
print(json.dumps({"set": 1}, default=str), json.dumps(object(), default=lambda o: "obj"))
back = json.loads(json.dumps(data))
print(back == data, back["nested"]["k"][1]["z"])
print(loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\n"}'), json.loads("  [ ]  "), json.loads('"x"'), json.loads("12"))
for bad in ['{"a": 1,}', "[1, 2", "nope", '{"a" 1}', ""]:
    try:
        loads(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,\n "b": tru}')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno, repr(e.doc[:5]), e)
err = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(err, err.args, err.lineno, err.colno, isinstance(err, ValueError))
buf = io.StringIO()
json.dump(data, buf, sort_keys=True)
dump([1, None], sys.stdout)
print()
buf.seek(0)
print(load(buf) == data, json.load(io.StringIO("[true]")), buf.getvalue()[:20])
