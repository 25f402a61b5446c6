# Functions replaced from outside their module: calls inside the module must see the new binding.
import _direct_calls_lib as lib

print(lib.apply_all([1, 2, 3]))
print(lib.twice(5))

original = lib.scale
lib.scale = lambda x: x + 100
print(lib.apply_all([1, 2, 3]))
print(lib.twice(5))

lib.scale = original
print(lib.apply_all([1, 2, 3]))


def tracing(x):
    print("  scale called with", x)
    return original(x) - 1


lib.scale = tracing
print(lib.twice(3))
lib.scale = "not callable"
try:
    lib.twice(1)
except TypeError as e:
    print("TypeError:", e)
lib.scale = original
print(lib.twice(4))
