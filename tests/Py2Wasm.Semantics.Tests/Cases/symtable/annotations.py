x: [y for y in z] = lambda: 1
def f(a: (lambda: q)=(lambda: 2)) -> [w for w in k]:
  v: m = 1
  (p): r
  s.t: u
class C:
  t: u
  (t2): u2
