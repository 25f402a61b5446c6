# object's own methods called explicitly: `__hash__ = object.__hash__` next to a custom __eq__,
# object.__init__/__eq__/__ne__/__str__/__repr__ from overriding methods.
class Key:
    __hash__ = object.__hash__

    def __init__(self, name):
        object.__init__(self)
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __repr__(self):
        base = object.__repr__(self)
        return f"Key({self.name!r}, default repr starts {base[:15]!r})"


a, b = Key("A"), Key("a")
print(a == b, a != b, object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__ne__(a, Key("z")))
print(hash(a) == hash(a), hash(a) == object.__hash__(a), len({a, b}), len({a, a}))
print(repr(a), object.__str__(a) == repr(a))


class Plain:
    pass


p = Plain()
print(object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, 1), object.__ne__(p, p))
print(object.__str__(p) == repr(p), object.__hash__(p) == hash(p))
try:
    object.__init__(p, 1)
except TypeError as e:
    print("TypeError:", e)


class Tagged:
    def __init__(self, tag):
        self.tag = tag

    def __str__(self):
        return "tagged " + object.__str__(self)[:10]

    def __repr__(self):
        return f"<Tagged {self.tag}>"


print(str(Tagged("x")), object.__repr__(Tagged("y"))[:16])
