# Methods of built-in types used through the type: str.upper(s), bytes.hex(b), list.append(l, x), ...
lines = ["  alpha ", "Beta  ", " gamma"]
print(list(map(str.strip, lines)))
print(sorted(["pear", "Apple", "fig"], key=str.lower))
print(str.join(", ", ["a", "b"]), str.upper("shout"), str.count("banana", "a"))

stack = []
for word in ["x", "y", "z"]:
    list.append(stack, word)
print(stack, list.pop(stack), stack)
print(dict.get({"k": 1}, "k"), dict.get({}, "missing", "default"))
print(set.union({1, 2}, {3}), frozenset.isdisjoint(frozenset({1}), {2}), tuple.index((5, 6, 7), 7))
print(int.bit_length(1023), float.is_integer(3.0), float.hex(0.5), complex.conjugate(3 - 4j))

packets = [b"\x00\x01", b"\xfe\xff", b"hello"]
print([bytes.hex(p) for p in packets])
print(bytes.hex(b"\x01\x02\x03", ":"), bytes.decode(b"caf\xc3\xa9"), bytes.upper(b"abc"))
print(list(map(bytes.strip, [b" a ", b"b  "])), bytes.split(b"a,b,c", b","), bytes.startswith(b"GET /", b"GET"))
buf = bytearray(b"ab")
bytearray.append(buf, 99)
bytearray.extend(buf, b"de")
print(buf, bytearray.hex(buf), bytearray.pop(buf), buf)

for bad in [lambda: bytes.hex("text"), lambda: str.upper(b"x"), lambda: list.append((1,), 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
