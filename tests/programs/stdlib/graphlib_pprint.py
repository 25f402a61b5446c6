# graphlib.TopologicalSorter for build ordering (with cycle detection) and pprint of nested data.
from graphlib import TopologicalSorter, CycleError
from pprint import pformat, pprint

deps = {
    "app": ["lib", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "tests": ["app", "fixtures"],
    "fixtures": ["core"],
}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))
ts2 = TopologicalSorter(deps)
ts2.prepare()
batches = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    batches.append(ready)
    ts2.done(*ready)
print(batches)
try:
    list(TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"]}).static_order())
except CycleError as e:
    print("CycleError:", e.args[0])
config = {"name": "svc", "replicas": 3, "ports": [80, 443], "env": {"MODE": "prod", "DEBUG": "0", "LOG": "info"},
          "volumes": [{"src": "/data", "dst": "/var/lib/data", "ro": False}, {"src": "/etc/cfg", "dst": "/cfg", "ro": True}]}
pprint(config, width=60)
print(pformat(list(range(30)), width=40, compact=True))
pprint({"z": 1, "a": [("t", 1)] * 3}, sort_dicts=False)
