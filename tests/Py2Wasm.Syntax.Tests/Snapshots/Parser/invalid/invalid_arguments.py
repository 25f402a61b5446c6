f(a=1, b)
f(x for x in y, 1)
[*a for a in b]
