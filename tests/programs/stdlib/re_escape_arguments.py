# re.escape accepts str and bytes-like objects only; a compiled pattern or another object is refused.
import re

for i, arg in enumerate(["a.b*c", "tab\there", "caf\xe9 \u20ac", "", b"a.b", bytearray(b"x+y"), re.compile("a.b"), 5, None, ["a"]]):
    try:
        print(i, "->", repr(re.escape(arg)))
    except TypeError as e:
        print("TypeError", e)

pattern = re.compile(re.escape("1+1=2?"))
print(bool(pattern.fullmatch("1+1=2?")), bool(pattern.fullmatch("11=2")))
