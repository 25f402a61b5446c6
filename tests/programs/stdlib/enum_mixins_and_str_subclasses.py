# Enums mixed with int and str by hand (class S(str, Enum)): members act as their values (==, hash, operators,
# the base type's methods) but keep Enum's repr/str/format and lookup by value; StrEnum and str subclasses under %-formatting.
from enum import Enum, StrEnum
class I(int, Enum):
    A = 1
    B = 2
class S(str, Enum):
    X = "x"
print(str(I.A), f"{I.A}", I.A + 1, repr(I.A), I.A == 1, hash(I.A) == hash(1), I(2), I.B.bit_length(), I.A < I.B)
print(str(S.X), f"{S.X}", format(S.X, ">4"), S.X + "y", repr(S.X), S.X == "x", len(S.X), S.X.upper(), "x" in {S.X}, S("x") is S.X, sorted([S.X, "a"]))
print(isinstance(S.X, str), isinstance(I.A, int), S.X.value, I.A.name, list(S), {S.X: 1}["x"], "%s" % S.X, "{}".format(I.A))
class T(StrEnum):
    A = "a"
print("%r|%s" % (T.A, T.A), "%r" % T.A, "%s" % T.A, "x" * 2, T.A * 2, 2 * T.A, T.A % ())
class M(str):
    def __str__(self):
        return "custom"
print("%s" % M("x"), "%s|%r" % (M("y"), M("z")), str(M("q")), f"{M(1)}")


class Weekday(int, Enum):
    MON = 1
    TUE = 2

    def next(self):
        return Weekday(self % 2 + 1)


print(Weekday.MON.next(), Weekday.TUE.next().name, Weekday(1) is Weekday.MON, [d * 10 for d in Weekday], Weekday.TUE.real)
try:
    Weekday(5)
except ValueError as e:
    print("ValueError:", e)
