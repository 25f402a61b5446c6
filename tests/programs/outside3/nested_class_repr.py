# repr() of nested and function-local classes shows their __qualname__, as CPython does.
class Tree:
    class Node:
        class Meta:
            pass

        def __init__(self, v):
            self.v = v

    kinds = [Node]


def make_local():
    class Local:
        pass

    return Local


L = make_local()
print(Tree.Node, Tree.Node.Meta, Tree.kinds, L)
print(type(Tree.Node(3)), repr(type(L())), str(Tree.Node.Meta))
print(Tree.Node.__name__, Tree.Node.__qualname__, L.__name__, L.__qualname__)
print({Tree.Node: 1}, (Tree,), f"{Tree.Node.Meta!r}")
