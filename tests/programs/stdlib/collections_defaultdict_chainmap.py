# defaultdict (nested, int, set), OrderedDict move_to_end/popitem, ChainMap scoping.
from collections import defaultdict, OrderedDict, ChainMap

graph = defaultdict(set)
for a, b in [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a"), ("d", "a")]:
    graph[a].add(b)
    graph[b]
print({k: sorted(v) for k, v in graph.items()})
tree = lambda: defaultdict(tree)
root = tree()
root["usr"]["bin"]["python"]
root["usr"]["lib"]
root["etc"]["hosts"]


def show(node, indent=0):
    for k in sorted(node):
        print("  " * indent + k)
        show(node[k], indent + 1)


show(root)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(dict(counts), counts["z"], "z" in counts)
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), sorted(cfg))
child = cfg.new_child({"color": "blue"})
child["extra"] = 1
print(child["color"], cfg["color"], dict(child.maps[0]), child.parents["color"])
