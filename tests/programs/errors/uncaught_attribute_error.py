# Expected: AttributeError on None returned from a failed lookup.


class Node:
    def __init__(self, name, parent=None):
        self.name, self.parent = name, parent

    def root(self):
        node = self
        while node.parent is not None:
            node = node.parent
        return node


def find(nodes, name):
    for n in nodes:
        if n.name == name:
            return n
    return None


root = Node("root")
a = Node("a", root)
b = Node("b", a)
nodes = [root, a, b]
print(find(nodes, "b").root().name)
print(find(nodes, "z").root().name)
