# Snippet for the 'graphlib' adapter (implemented in Python, compiled with the program).
import graphlib
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"], "E": []}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add("tests", "build")
ts.add("build", "fetch", "configure")
ts.add("deploy", "tests", "docs")
ts.add("docs")
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print("step", step, ready, bool(ts))
    for node in reversed(ready):
        ts.done(node)
    step += 1
print(ts.get_ready(), ts.is_active())
try:
    ts.done("tests")
except ValueError as e:
    print("ValueError:", e)
try:
    ts.done("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    ts.add("x")
except ValueError as e:
    print("ValueError:", e)
try:
    ts.prepare()
except ValueError as e:
    print("ValueError:", e)
fresh = TopologicalSorter({1: [2], 2: [3]})
for call in (fresh.get_ready, fresh.is_active):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
fresh.prepare()
try:
    fresh.done(1)
except ValueError as e:
    print("ValueError:", e)
cyclic = TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]})
try:
    list(cyclic.static_order())
except CycleError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))
try:
    TopologicalSorter({1: [1]}).prepare()
except graphlib.CycleError as e:
    print(e.args[0], e.args[1])
print(list(TopologicalSorter({3: [1, 2], 1: [], 2: [1], 0: [3]}).static_order()))
