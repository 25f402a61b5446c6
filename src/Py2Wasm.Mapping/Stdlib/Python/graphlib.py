"""graphlib for compiled programs: TopologicalSorter and CycleError.

Py2Wasm implements this module in Python (a mapping adapter with Python source): the compiler compiles it with each
program that imports it. Nodes come out in CPython's order: a node becomes ready in the order its last predecessor
is marked done, the first ready nodes in the order they were first added, and a cycle is reported as CPython
finds it (a depth-first search over the nodes in insertion order).
"""

__all__ = ["TopologicalSorter", "CycleError"]

# npredecessors of a node handed out by get_ready() and of a node marked done().
_NODE_OUT = -1
_NODE_DONE = -2


class _NodeInfo:
    __slots__ = ["node", "npredecessors", "successors"]

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the cycle's nodes, first node repeated last."""


class TopologicalSorter:
    """Orders the nodes of a graph so that each node comes after all of its predecessors."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = _NodeInfo(node)
            self._node2info[node] = info
        return info

    def add(self, node, *predecessors):
        """Adds node with the given predecessors (repeated calls add more predecessors)."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Marks the graph finished and checks it for cycles (raising CycleError)."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values() if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done and that were not returned before."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Whether more nodes can be made ready, or some handed out are not done yet."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes returned by get_ready() as processed, which may make their successors ready."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._node2info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            stat = info.npredecessors
            if stat != _NODE_OUT:
                if stat >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                successor_info = self._node2info[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first search along successor edges, starting from each node in insertion order; the path on the
        # stack closes a cycle when it reaches one of its own nodes.
        seen = set()
        for start in self._node2info:
            if start in seen:
                continue
            stack = []
            positions = []
            on_stack = {}
            node = start
            while True:
                if node in seen:
                    if node in on_stack:
                        return stack[on_stack[node]:] + [node]
                else:
                    seen.add(node)
                    on_stack[node] = len(stack)
                    stack.append(node)
                    positions.append(0)
                advanced = False
                while stack:
                    successors = self._node2info[stack[-1]].successors
                    i = positions[-1]
                    if i < len(successors):
                        positions[-1] = i + 1
                        node = successors[i]
                        advanced = True
                        break
                    del on_stack[stack.pop()]
                    positions.pop()
                if not advanced:
                    break
        return None

    def static_order(self):
        """Generator of all nodes in a topological order (calls prepare())."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            for node in group:
                yield node
            self.done(*group)
