f() = 1
del f()
(a, b) += 1
a, b: int = 1
