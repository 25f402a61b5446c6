# LEGB scoping: local, enclosing, global, builtin; shadowing builtins; nonlocal chains; class scope.
x = "global x"
len_calls = 0


def shadow_builtin():
    def len(obj):
        global len_calls
        len_calls += 1
        return -1
    return len("abc")


def outer():
    x = "enclosing x"

    def middle():
        def inner():
            nonlocal x
            x = "modified by inner"
            return x
        r = inner()
        return r, x
    result = middle()
    return result, x


def read_global():
    return x


def write_global():
    global x
    x = "rebound global"


class Scope:
    x = "class x"

    def method(self):
        return x

    lst = [x for _ in range(1)]


print(shadow_builtin(), len("abc"), len_calls)
print(outer())
print(read_global())
print(Scope().method(), Scope.x, Scope.lst)
write_global()
print(read_global(), x)


def counter():
    n = 0

    def step():
        nonlocal n

        def bump():
            nonlocal n
            n += 10
        n += 1
        bump()
        return n
    return step


s = counter()
print(s(), s(), s())
