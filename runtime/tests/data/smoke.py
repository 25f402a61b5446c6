# The Python program that examples/smoke.rs mirrors (hand-written the way the
# emitter will write it). Its CPython output is tests/data/smoke.expected.
big = 2 ** 64 + 1
print("int", 7 // -2, 7 % -2, -7 // 2, big * big, big // 3, 10 ** 20 - 1)
print("float", 0.1 + 0.2, 1e16, 1e-05, -0.0, 1 / 3, float("inf"), round(2.675, 2), round(0.5), round(1.5))
s = "Hello, Wörld"
print("str", s.upper(), s[::-1], s[7:], len(s), s.split(", "), repr(s))
print("fmt", format(1234567.891, ",.2f"), "{:>8}|{:<6}|{:^7}".format("a", "b", "c"), "%05.1f%%" % 12.345, f"{255:#x}")
d = {"b": 2, "a": 1}
d["c"] = 3
print("dict", d, sorted(d), list(d.items()))
print("set", {5, 3, 1, 8, 13, 2}, set(range(20, 0, -3)))
words = ["pear", "fig", "apple", "kiwi", "banana"]
print("sorted", sorted(words, key=len), sorted(words, key=len, reverse=True))
try:
    [1, 2][5]
except IndexError as e:
    print("caught", type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print("caught", e)
print("bool", True + True, 3 > 2.5, [1, 2] == [1, 2], None is None)
