# __doc__ of classes: a decorated class without a docstring has None; a dataclass without one gets
# its __init__ signature (annotations shown as inspect.signature shows them).
import functools
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import List, Optional, Dict


def register(cls):
    cls.registered = True
    return cls


@register
class Plain:
    pass


@register
class Documented:
    """I have a docstring."""


@functools.total_ordering
class Ordered:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


class Other:
    pass


@dataclass
class Record:
    a: int
    b: str = "x"
    c: List[str] = field(default_factory=list)
    d: Optional["Record"] = None
    e: "Record" = None
    f: list[int] = field(default_factory=list)
    g: Dict[str, int] = None
    h: Other = None
    i: float = 1.5
    hidden: int = field(default=0, init=False)
    j: InitVar[int] = 0
    _: KW_ONLY
    k: bool = False


@dataclass
class WithDoc:
    """Explicit docs win."""
    x: int


@dataclass(order=True)
class Child(Record):
    extra: tuple = ()


print(Plain.__doc__, Plain.registered, Documented.__doc__, Ordered.__doc__)
print(Record.__doc__)
print(WithDoc.__doc__)
print(Child.__doc__)
print(Ordered(1) <= Ordered(2), Plain().__doc__)
docs = {cls.__name__: (cls.__doc__ or "")[:12] for cls in (Plain, Documented, Record, WithDoc)}
print(docs)
