from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, repr=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h

@dataclass
class User:
    name: str
    password: InitVar[str]
    salt: InitVar[str] = "s"
    digest: str = field(init=False)
    def __post_init__(self, password, salt):
        self.digest = f"{salt}:{len(password)}"

r = Rect(2, 3, scale=2.0)
print(r, r.area, Rect(1, 1), [f.name for f in fields(r)], asdict(r), astuple(r))
u = User("ann", "hunter2")
print(u, u.digest, User("bob", "pw", salt="x"), u == User("ann", "hunter2"), [f.name for f in fields(User)])
print(replace(r, w=10.0, scale=1.0), Rect.__match_args__, User.__match_args__)
try:
    replace(u, name="z")
except ValueError as e:
    print("ValueError:", e)
try:
    User("x")
except TypeError as e:
    print("TypeError:", e)
print(hasattr(r, "scale"), Rect.scale, InitVar[int])
