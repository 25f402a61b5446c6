f(a,
x = 1
