import os
x = [1, 2.5, 'a' 'b', f"{x!r:>10}"]
def f(a, *b, c=1, **d) -> int:
    return a + b
class C(B, metaclass=M):
    @property
    def g(self): pass
for i in range(10):
    if i % 2 == 0 and i > 3 or not i:
        continue
y = {k: v for k, v in z.items() if v}
print(x[1:2], x[::2], x[1, 2])
