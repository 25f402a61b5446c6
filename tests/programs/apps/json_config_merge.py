# Deep-merging JSON configuration layers, with a diff report and JSON output; recursion, dict
# comprehensions, sorted keys, and json.dumps with indent.
import json

BASE = json.loads("""{
  "app": {"name": "svc", "debug": false, "features": ["a", "b"]},
  "db": {"host": "localhost", "port": 5432, "pool": {"min": 1, "max": 5}},
  "log": {"level": "info"}
}""")
ENV = json.loads('{"db": {"host": "db.prod", "pool": {"max": 20}}, "log": {"level": "warn", "format": "json"}}')
CLI = json.loads('{"app": {"debug": true, "features": ["c"]}, "db": {"port": null}}')


def merge(a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        out = dict(a)
        for k, v in b.items():
            if v is None:
                out.pop(k, None)
            else:
                out[k] = merge(a[k], v) if k in a else v
        return out
    return b


def diff(old, new, path=""):
    changes = []
    for k in sorted(set(old) | set(new)):
        p = f"{path}.{k}" if path else k
        if k not in new:
            changes.append(f"- {p}")
        elif k not in old:
            changes.append(f"+ {p} = {json.dumps(new[k])}")
        elif isinstance(old[k], dict) and isinstance(new[k], dict):
            changes.extend(diff(old[k], new[k], p))
        elif old[k] != new[k]:
            changes.append(f"~ {p}: {json.dumps(old[k])} -> {json.dumps(new[k])}")
    return changes


final = BASE
for name, layer in (("env", ENV), ("cli", CLI)):
    merged = merge(final, layer)
    print(f"[{name}]")
    print("\n".join(diff(final, merged)))
    final = merged
print(json.dumps(final, indent=2, sort_keys=True))
