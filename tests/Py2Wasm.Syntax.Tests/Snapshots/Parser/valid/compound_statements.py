if a:
    pass
elif b:
    pass
else:
    pass
while x: break
else: continue
for i, *rest in items:
    pass
else:
    pass
try:
    pass
except ValueError as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* TypeError:
    pass
with open(f) as g, h:
    pass
with (a as b, c as d,):
    pass
async def f[T: int, *Ts, **P](a, /, b: int = 1, *args: str, c, d=2, **kw) -> None:
    async for x in y:
        await x
    async with z:
        return
@decorator
@other.attr(1)
class C[T](Base, metaclass=Meta):
    def method(self): return self
def outer():
    count = 0
    def inner():
        nonlocal count
        count += 1
    return inner
