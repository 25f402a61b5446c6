"""The Ellipsis singleton: literal, builtin name, repr, identity, hashing, slots-less instance."""
x = ...
print(x, repr(x), str(...), x is Ellipsis, ... is ..., type(...).__name__, type(...), bool(...), ... == ..., ... != None)
print([1, ..., (2, ...)], {...: "e"}[Ellipsis], str([...]))
def stub(): ...
print(stub())
try:
    x.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(f"{...}", "%s" % (...,), format(..., ""))
