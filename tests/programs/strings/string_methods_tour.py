# A tour of str methods with edge cases: split/rsplit/partition/strip/find/replace/case/is*.

s = "  Hello, World! Hello, Python.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(s.split(), s.split(","), "a,b,,c".split(","), "a b  c".split(" "), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("x"))
print(s.find("Hello"), s.rfind("Hello"), s.find("zzz"), s.count("l"), s.index("World"))
print(s.replace("Hello", "Bye"), s.replace("l", "L", 2))
print("hello world".title(), "HeLLo".swapcase(), "straße".upper(), "ǅ".lower(), "python".capitalize())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(),
      "lower".islower(), "UP".isupper(), "".isalpha(), "١٢٣".isdigit(), "x_1".isidentifier())
print("42".zfill(5), "-42".zfill(5), "ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5))
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(str(i) for i in range(4)))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".startswith("l", 2))
print("tab\tsep".expandtabs(4), "%s is %d years and %.2f m" % ("ann", 30, 1.6754))
print("Hello"[1:4], "Hello"[::-1], "Hello"[-3:], "Hello"[::2], "Hello"[10:], "Hello"[-100:2])
print("ab" * 3, "a" in "cat", "at" not in "cat", "abc" < "abd", min("hello"), sorted("hello"))
print("{0}-{1}-{0}".format("x", "y"), "{name}:{n:03d}".format(name="id", n=7), "{:>6}|{:<6}|{:^6}".format(1, 2, 3))
print(str.removeprefix("unhappy", "un"), "file.tar.gz".removesuffix(".gz"), "aaa".replace("a", "b", 0))
print(ord("A"), chr(9731), "é".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"), len("naïve"))
