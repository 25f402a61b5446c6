"""json.loads with decoder hooks: parse_float/parse_int/parse_constant, object_hook, object_pairs_hook, strict."""
import json
from decimal import Decimal
from collections import OrderedDict
doc = '{"price": 1.10, "qty": 3, "nested": {"b": [1.5, {"x": NaN}], "a": -Infinity}, "name": "w\\u00e9", "big": 12345678901234567890}'
print(json.loads(doc, parse_float=Decimal))
print(json.loads(doc, parse_int=lambda s: "int:" + s, parse_constant=lambda c: "const:" + c))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_pairs_hook=list))
calls = []
def hook(d):
    calls.append(sorted(d))
    return len(d)
print(json.loads(doc, object_hook=hook), calls)
print(json.loads(doc, object_hook=dict, object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('"a\tb"', strict=False))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print("err", e)
try:
    json.loads("{}", foo=1)
except TypeError as e:
    print("TypeError", e)
print(json.loads("{}", object_pairs_hook=tuple), json.loads("[]", parse_int=str), json.loads("[1, 2.0, 3e5]", parse_int=float, parse_float=str))
