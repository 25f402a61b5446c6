from __future__ import annotations
x: [y for y in z] = lambda: 1
def f(a: (lambda: q)) -> [w for w in k]:
  v: m = 1
class C:
  t: u
