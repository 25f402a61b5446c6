# Built-in functions used as values keep one identity: `is`, dict keys, membership, and a dispatch table.
a = print
table = {len: "len", abs: "abs", print: "print"}
print(a is print, len is len, [print] == [print], table[len], table.get(a), abs in table, max in table)
handlers = [len, str.upper, abs]
print([h is len for h in handlers], handlers.index(abs))


def apply(f, x):
    return ("builtin len: " if f is len else "other: ") + str(f(x))


print(apply(len, "abcd"), apply(sorted, "dcba"))
