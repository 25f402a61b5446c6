# Attributes on function objects (call counters in decorators) and methods of built-in types used
# as plain functions (str.lower as a sort key, dict.fromkeys, str.maketrans).


def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.label = fn.__name__
    return wrapper


@counted
def square(n):
    return n * n


print([square(i) for i in range(4)], square.calls, square.label)
print(hasattr(square, "calls"), getattr(square, "missing", "no such attribute"))
setattr(square, "calls", 100)
square(1)
print(square.calls)

words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower), list(map(str.upper, words[:2])))
print(list(map(str.strip, ["  a ", "b  "])), dict.fromkeys("abc", 0))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), list(map(len, words)))
try:
    str.lower(5)
except TypeError as e:
    print("TypeError:", e)
