@(lambda: 1)
def f(a: (lambda: 2)=(lambda: 3), *, b: (lambda: 4)=(lambda:5), **k: (lambda: 6)) -> (lambda: 7): pass
@(lambda: 8)
class C((lambda: 9), x=(lambda: 10)): pass
try:
  def t1(): pass
except (lambda: 11):
  def t2(): pass
else:
  def t3(): pass
finally:
  def t4(): pass
{(lambda: 12): (lambda: 13), (lambda: 14): 1}
f((lambda: 15), a=(lambda: 16), *(lambda: 17))
(lambda: 18) if (lambda: 19) else (lambda: 20)
{(lambda:21): (lambda: 22) for x in y}
