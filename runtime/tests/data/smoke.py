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
import json, math, random, re
random.seed(42)
print("random", random.random(), random.randint(1, 100), random.choice("abcdef"), random.gauss(0, 1), random.uniform(1, 2))
xs = list(range(10))
random.shuffle(xs)
print("shuffle", xs, random.sample(range(100), 3), random.getrandbits(70))
print("math", math.sqrt(2), math.sin(1.0), math.log(10), math.exp(2.5), math.atan2(1, 2), math.fsum([0.1] * 10), math.comb(50, 25))
print("json", json.dumps({"a": [1, 2.5, None, True], "é": "x"}, sort_keys=True), json.loads('{"k": [1, {"z": null}]}'))
print("re", re.findall(r"(\w+)@(\w+)", "a@b c@d"), re.sub(r"\d+", "#", "a1b22c333"), re.split(r"[,;]\s*", "x, y;z"))
b = bytearray(b"wasm")
b += b"!"
print("bytes", bytes.fromhex("de ad").hex(":"), b, b"a,b".split(b","), b"%s-%d" % (b"x", 5), range(2 ** 70, 2 ** 71, 2 ** 69)[1], len(range(10 ** 18)), 10 ** 20 in range(0, 10 ** 21, 10))
eg = ExceptionGroup("eg", [ValueError(1), KeyError(2)])
print("group", eg.split(ValueError), str(eg), math.gamma(4.5), math.lgamma(0.5))
print("re2", re.findall(rb"(?i)A+", b"aAbA"), re.match(r"(?>a+)b|ac", "ac").group(), re.sub(r"(?i:X)(y)", r"[\1]", "xyXYxY"))
