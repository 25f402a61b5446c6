class Res:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


with Res("a", False) as x:
    print("body", x)
with Res("b", True):
    raise KeyError("k")
print("after b")
a, *rest, z = [1, 2, 3, 4]
print(a, rest, z)
with Res("c", False):
    p, q = [1, 2, 3]
