def f(a=1, b): pass
def g(*): pass
def h(**k, a): pass
def i(a, /, b, /): pass
