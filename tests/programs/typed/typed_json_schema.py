# Annotated validation of JSON data against a tiny schema language (type, required, items,
# properties, min/max), collecting error paths.
import json
from typing import Any

Schema = dict[str, Any]

SCHEMA: Schema = {
    "type": "object",
    "required": ["name", "tags", "dims"],
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "price": {"type": "number", "minimum": 0},
        "tags": {"type": "array", "items": {"type": "string"}},
        "dims": {"type": "object", "required": ["w", "h"],
                 "properties": {"w": {"type": "integer", "minimum": 1}, "h": {"type": "integer", "minimum": 1}}},
    },
}
TYPES: dict[str, tuple[type, ...]] = {"object": (dict,), "array": (list,), "string": (str,),
                                      "integer": (int,), "number": (int, float), "boolean": (bool,)}


def validate(value: Any, schema: Schema, path: str = "$") -> list[str]:
    errors: list[str] = []
    expected = schema.get("type")
    if expected:
        ok = isinstance(value, TYPES[expected]) and not (expected in ("integer", "number") and isinstance(value, bool))
        if not ok:
            return [f"{path}: expected {expected}, got {type(value).__name__}"]
    if "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{path}: {value} < minimum {schema['minimum']}")
    if "minLength" in schema and len(value) < schema["minLength"]:
        errors.append(f"{path}: shorter than {schema['minLength']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required {key!r}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                errors.extend(validate(value[key], sub, f"{path}.{key}"))
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors.extend(validate(item, schema["items"], f"{path}[{i}]"))
    return errors


DOCS = [
    '{"name": "box", "price": 9.5, "tags": ["a", "b"], "dims": {"w": 2, "h": 3}}',
    '{"name": "", "price": -1, "tags": ["a", 5, null], "dims": {"w": 0}}',
    '{"price": true, "tags": "x", "dims": []}',
    '[1, 2, 3]',
]
for doc in DOCS:
    errs = validate(json.loads(doc), SCHEMA)
    print("valid" if not errs else f"{len(errs)} error(s)")
    for e in errs:
        print("  ", e)
