import json

config_text = '''
{
  "name": "service",
  "version": [1, 4, 2],
  "debug": false,
  "ratio": 0.75,
  "owner": null,
  "endpoints": {"health": "/h", "metrics": "/m"},
  "limits": [{"name": "cpu", "max": 4}, {"name": "mem", "max": 2048.5}],
  "unicode": "caf\\u00e9 \\ud83d\\ude00",
  "escape": "tab\\there \\"quoted\\" back\\\\slash"
}
'''
cfg = json.loads(config_text)
print(cfg["name"], cfg["version"], cfg["debug"], cfg["owner"], cfg["ratio"])
print(sorted(cfg.keys()))
print(cfg["unicode"], len(cfg["unicode"]))
print(cfg["escape"])
print(json.dumps(cfg["limits"]))
print(json.dumps(cfg["endpoints"], indent=2, sort_keys=True))
print(json.dumps({"a": [1, 2, {"b": None}], "c": True}, separators=(",", ":")))
print(json.dumps("café"), json.dumps("café", ensure_ascii=False))
print(json.dumps([1.0, 1.5, 1e20, -0.0, 3]))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps({"nested": {"x": [1, [2, [3]]]}}, indent=4))
data = json.loads('[1, 2.0, "3", [4], {"5": 6}, true, null]')
print([type(x).__name__ for x in data])
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("decode error:", e.msg, e.pos)
try:
    json.loads('[1, 2')
except ValueError as e:
    print("value error", type(e).__name__)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("type error:", e)
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Pt):
        return {"x": o.x, "y": o.y}
    raise TypeError("nope")
print(json.dumps([Pt(1, 2), Pt(3, 4)], default=enc))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Pt(**d)).y)
rt = json.loads(json.dumps(cfg))
print(rt == cfg)
print(json.dumps("line\nbreak\u0001"))
print(json.loads('"\\u00e9"'), json.loads("123"), json.loads("-1.5e2"))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=None))
print(json.dumps([{"k": "v"}], indent="\t"))
