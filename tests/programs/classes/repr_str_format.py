# __str__ vs __repr__ vs __format__: how print, f-strings, str(), repr() and containers use them.


class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __repr__(self):
        return f"Temp({self.deg!r})"

    def __str__(self):
        return f"{self.deg}°C"

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.deg * 9 / 5 + 32, spec[:-1] or "") + "°F"
        return format(self.deg, spec) + "°C"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


t = Temp(21.5)
print(t)
print(str(t), repr(t), [t], (t,), {"t": t})
print(f"{t}|{t!r}|{t!s}|{t:.3f}|{t:.1F}|{t:F}")
print("{} {!r} {:>8.2f}".format(t, t, t))
o = OnlyRepr()
print(o, str(o), f"{o}", [o, o])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline\\"))
print(str(1.0), repr(0.1 + 0.2), str(1e16), repr(1e-5), str(-0.0), 1e22, 123456789012345678.0)
print(repr(None), str(True), repr([1, "a", None, 2.5, (1,), {}]))
