# Subclasses of list, dict and set in the style of ordinary application code: extra methods,
# overridden item access, __missing__, super() calls, and built-in functions on the instances.
import json


class UndoStack(list):
    """A stack that remembers how many pushes it has seen."""

    def __init__(self, items=()):
        super().__init__(items)
        self.pushes = 0

    def push(self, item):
        self.pushes += 1
        self.append(item)

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]

    def __repr__(self):
        return f"UndoStack({list(self)!r}, pushes={self.pushes})"


stack = UndoStack(["a"])
for word in ["b", "c", "d"]:
    stack.push(word)
print(stack, len(stack), stack.peek(), bool(stack))
print(stack.pop(), stack.pop(), stack)
print(isinstance(stack, list), type(stack).__name__, stack == ["a", "b"], stack != ["a"])
combined = stack + ["z"]
print(combined, type(combined).__name__)
stack += ["e", "f"]
print(stack, type(stack).__name__, sorted(stack, reverse=True), stack[1:3], stack.index("e"))
try:
    UndoStack().peek()
except IndexError as e:
    print("error:", e)
print(", ".join(stack), list(reversed(stack)), "e" in stack, stack.count("a"))
stack.sort(key=lambda s: -ord(s))
print(stack, max(stack), min(stack))
del stack[0]
stack[0] = "Q"
print(stack, stack * 2)


class BoundedHistory(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def append(self, item):
        super().append(item)
        while len(self) > self.limit:
            del self[0]


history = BoundedHistory(3)
for step in range(7):
    history.append(step * step)
print(history, history.limit, sum(history), [x // 2 for x in history])
snapshot = history.copy()
print(snapshot, type(snapshot).__name__, snapshot is history)


class DefaultRegistry(dict):
    """A dict that builds missing entries on first access."""

    def __missing__(self, key):
        value = self[key] = []
        return value

    def register(self, kind, name):
        self[kind].append(name)
        return self


registry = DefaultRegistry()
registry.register("plugin", "csv").register("plugin", "json").register("hook", "startup")
print(registry, len(registry), sorted(registry), "plugin" in registry, "other" in registry)
print(registry.get("missing"), registry.get("hook"), list(registry.items()))
print(json.dumps(registry, sort_keys=True), isinstance(registry, dict))
for kind, names in registry.items():
    print(kind, "->", names)


class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


headers = CaseInsensitiveDict()
headers["Content-Type"] = "text/html"
headers["X-Count"] = 3
print(headers["content-type"], headers["X-COUNT"], "CONTENT-TYPE" in headers, dict(headers))
try:
    headers["missing"]
except KeyError as e:
    print("KeyError", e)
merged = headers | {"extra": 1}
print(merged, type(merged).__name__, headers.keys(), headers.pop("x-count"), headers)


class TagSet(set):
    def add_tags(self, text):
        for tag in text.split(","):
            tag = tag.strip()
            if tag:
                self.add(tag)
        return self


tags = TagSet(["python"]).add_tags("rust, wasm, , python")
print(sorted(tags), len(tags), "wasm" in tags, isinstance(tags, set))
print(sorted(tags & {"rust", "go"}), type(tags | {"x"}).__name__, tags.issuperset({"rust"}))
print(TagSet(), repr(TagSet([3])))
