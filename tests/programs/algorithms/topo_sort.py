# Topological sort (Kahn and DFS) of build dependencies, with cycle detection.
from collections import defaultdict, deque

DEPS = {
    "app": ["lib", "utils", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}


def kahn(deps):
    indeg = {n: 0 for n in deps}
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    q = deque(sorted(n for n, k in indeg.items() if k == 0))
    order = []
    while q:
        n = q.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                q.append(u)
    if len(order) != len(deps):
        raise ValueError("cycle detected")
    return order


def dfs_order(deps):
    state = {}
    out = []

    def visit(n, stack):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(stack + [n]))
        state[n] = "active"
        for d in deps[n]:
            visit(d, stack + [n])
        state[n] = "done"
        out.append(n)

    for n in deps:
        visit(n, [])
    return out


print("kahn:", kahn(DEPS))
print("dfs: ", dfs_order(DEPS))
cyclic = dict(DEPS)
cyclic["core"] = ["tests"]
for fn in (kahn, dfs_order):
    try:
        fn(cyclic)
    except ValueError as e:
        print(fn.__name__, "error:", e)
