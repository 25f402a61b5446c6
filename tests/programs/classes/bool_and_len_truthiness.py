# Truthiness rules: __bool__ overrides __len__, __len__ used when no __bool__, defaults are true.


class Empty:
    pass


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print(f"  __bool__ called on {self.on}")
        return self.on


class Both(Sized):
    def __bool__(self):
        return True


values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], {}, {"k": 0}, (), (None,), None, Empty(),
          Sized(0), Sized(3), Both(0), range(0), range(2), set(), frozenset([1]), 0j]
print([bool(v) for v in values])
print("and/or:", Flag(True) and "yes", Flag(False) or "fallback")
x = Flag(False) and "never"
print(type(x).__name__)
print([v for v in [Sized(0), Sized(2), Flag(True)] if v].__len__())
print(not Sized(0), not Both(0), bool(Sized(5)), len(Both(0)))
print(0 or "" or [] or "last", 1 and 2 and 3, None or 0, [] and 5)
print(any([Sized(0), Sized(1)]), all([Sized(1), Flag(True)]))
