"""Docstring."""
from __future__ import generator_stop
__all__ = ["f"]

def defaults(a, b=len("x"), *args, c, d=max(1, 2), **kwargs):
    return a, b, args, c, d, kwargs

def posonly(a, b, /, c, *, d):
    return a + b + c + d

@decorator(arg)
@other.attr
def decorated():
    pass

def generator():
    x = yield 1
    yield from range(x)

async def coroutine(session):
    async with session as s:
        async for item in s:
            await item
    return s

def global_use():
    global counter, other
    counter = 1
    return other

def nonlocal_chain():
    v = 0
    def a():
        def b():
            nonlocal v
            v = 1
        return b
    return a

def unused_free():
    q = 1
    def inner():
        def innermost():
            return q
        return innermost
    return inner

def star_params(*, key):
    return key

lambda: (yield)
f = lambda *a, **k: (a, k)
g = lambda x=lambda: 1: x
x = [lambda: i for i in range(3)]
