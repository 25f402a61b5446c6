# __doc__ of dataclasses without a docstring: the class name and inspect.signature of the __init__ instances get.
from dataclasses import dataclass
@dataclass(init=False)
class M:
    a: int
@dataclass
class N:
    a: int
    def __init__(self, t, *args, k=3): pass
@dataclass
class B(N):
    b: int = 0
@dataclass(init=False)
class C2(N):
    c: int = 0
print(repr(M.__doc__), repr(N.__doc__), repr(B.__doc__), repr(C2.__doc__))
from typing import Optional, List
@dataclass
class Q:
    """Given."""
    a: int
@dataclass
class R:
    ""
    a: int = 1
@dataclass
class S:
    x: float
    def __init__(self, a: int, /, b: "Q" = None, *rest: str, key: Optional[List[int]] = None, flag=True, **kw) -> None:
        self.x = 1.0
@dataclass(init=False)
class T(B):
    pass
@dataclass
class U:
    a: int
    def __init__(self, *, k: int): pass
print(repr(Q.__doc__), repr(R.__doc__), repr(S.__doc__), repr(T.__doc__), repr(U.__doc__))
