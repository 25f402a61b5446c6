# vars(obj): instance and function __dict__, a __repr__ built from it, CPython's TypeError for values without one.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
class S:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
def f(): pass
f.tag = 3
print(P(1, "two"), vars(P(3, [4])))
print(vars(f))
for v in (1, "s", [1], None, S()):
    try:
        vars(v)
    except TypeError as e:
        print("TypeError:", e)
import math
print(__import__("math").sqrt(16.0))
