# yield from: recursive tree traversal, delegating generators and return values from subgenerators.


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def preorder(self):
        yield self.value
        for c in self.children:
            yield from c.preorder()

    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.value

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

    def paths(self, prefix=()):
        here = prefix + (self.value,)
        if not self.children:
            yield here
        for c in self.children:
            yield from c.paths(here)


def counting_sub(items):
    n = 0
    for x in items:
        yield x
        n += 1
    return n


def delegator():
    total = 0
    for chunk in (["a", "b"], [], ["c"]):
        count = yield from counting_sub(chunk)
        total += count
        yield f"chunk had {count}"
    return total


def chain(*iterables):
    for it in iterables:
        yield from it


t = Tree("root", Tree("a", Tree("a1"), Tree("a2", Tree("a2x"))), Tree("b"), Tree("c", Tree("c1")))
print(list(t.preorder()))
print(list(t.postorder()))
print(list(t.leaves()))
for p in t.paths():
    print("/".join(p))
gen = delegator()
out = []
try:
    while True:
        out.append(next(gen))
except StopIteration as stop:
    print(out, "total:", stop.value)
print(list(chain("ab", range(3), (x * x for x in range(3)), {"k": 1})))
