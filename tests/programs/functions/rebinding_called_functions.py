# Module-level functions rebound, deleted and redefined while other code keeps calling them by name.
import sys


def greet(name):
    return "hello " + name


def shout(name):
    return greet(name).upper() + "!"


def swap_greeting():
    global greet
    old = greet

    def polite(name):
        return old(name) + ", pleased to meet you"

    greet = polite


print(shout("ada"))
swap_greeting()
print(shout("bob"))


# The callee is looked up before the arguments run: rebinding it while they run does not change
# which function this call reaches.
def step(x):
    return "step-1(" + str(x) + ")"


def rebind_step():
    global step
    step = lambda x: "step-2(" + str(x) + ")"
    return 7


print(step(rebind_step()))
print(step(8))


# A function defined twice: the later def wins, calls see whichever is bound.
def version():
    return 1


print(version())


def version():
    return 2


print(version())

for flag in (True, False):
    if flag:
        def pick(a, b):
            return a
    else:
        def pick(a, b):
            return b
    print("pick", flag, pick("first", "second"))


# Deleting a function: the next call raises NameError.
def temporary(v):
    return v + 1


print(temporary(1))
del temporary
try:
    temporary(2)
except NameError as e:
    print("NameError:", e)


# Wrong numbers of arguments still raise CPython's TypeErrors.
def pair(a, b):
    return (a, b)


for args in [(1,), (1, 2), (1, 2, 3)]:
    try:
        print(pair(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    pair(1)
except TypeError as e:
    print("TypeError:", e)
try:
    pair(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(pair(b=2, a=1))


def with_default(a, b=10):
    return a + b


print(with_default(1), with_default(1, 2))


# Recursion through direct calls still counts frames.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)


# A function stored elsewhere and called through another name.
def square(x):
    return x * x


alias = square
del square
print(alias(9))
try:
    print(square(3))
except NameError as e:
    print("NameError:", e)


def square(x):
    return -x


print(alias(4), square(4))


# Tuple assignments: evaluated fully before storing, left to right.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b = b, a + b
print(a, b)
seq = [5, 6, 7]
i, seq[i] = 1, 99
print(i, seq)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def flip(self):
        self.x, self.y = self.y, self.x
        return self


p = Point(3, 4).flip()
print(p.x, p.y)


def noisy(tag, value):
    print("eval", tag)
    return value


x, y = noisy("left", 1), noisy("right", 2)
print(x, y)
try:
    x, y = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
pair_value = (10, 20)
first, second = pair_value
print(first, second, pair_value)
try:
    first, second = pair_value + (30,)
except ValueError as e:
    print("ValueError:", e)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib(k) for k in range(15)])
print(fib(100))


def unpack_twice(t):
    u, v = t
    v, u = u, v
    return u, v


print(unpack_twice(("p", "q")))
greet = None
try:
    shout("eve")
except TypeError as e:
    print("TypeError:", e)
