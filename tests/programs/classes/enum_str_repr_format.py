# Enum, IntEnum, Flag, IntFlag and StrEnum members through str(), repr(), format(), f-strings and %-formatting;
# class reprs, len/iteration/reversed/containment, comparisons and int behaviour of IntEnum members.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class C(Enum):
    R = 1
    G = 2
class I(IntEnum):
    A = 1
    B = 2
class F(Flag):
    R = 4
    W = 2
    X = 1
class P(IntFlag):
    R = 4
    W = 2
    X = 1
class S(StrEnum):
    A = auto()
    B = 'bee'
for v in [C.R, I.A, F.R, F.R|F.W, F(0), P.R, P.R|P.W, P(0), P(8), S.A, F.R|F.W|F.X, ~F.R, ~P.R]:
    print(str(v), repr(v), format(v), f"{v}", f"{v!r}", type(v).__name__)
print(repr(C), str(C), type(C), type(C).__name__, repr(I), repr(F), repr(P))
print(f"{I.A:>5}", f"{C.R:>8}", f"{P.R:>4}")
print(list(F), list(P), len(F), F.R.name, (F.R|F.W).name, F(0).name, (F.R|F.W).value)
print(C.__members__)
print(hash(I.A)==hash(1), I.A == 1, I.A < 2, I.A + 1, C.R == 1)
try:
    C.R < C.G
except TypeError as e: print(e)
try: C(3)
except ValueError as e: print(e)
try: C['X']
except KeyError as e: print(repr(e))
try: F(8)
except ValueError as e: print(e)
print(P(8), repr(P(8)), P(12), repr(P(12)))
print(list(reversed(C)), C.R in C)
print(C.R.__class__, C._member_names_, C.R._value_, C.R._name_)
print(isinstance(I.A, int), I.A.real, -I.A, I.A * 2, I.A/2, abs(I.A), str(I.A.value))
print(sorted([I.B, I.A]), max(I), [1,2,3][I.A])
print("%d %s %r" % (I.A, I.A, I.A))
print("{} {!s} {!r}".format(C.R, C.R, C.R))
