x = a if b else c
y = lambda a, b=1, *c, d, **e: a
z = not a and b or c
w = a < b <= c != d is not e not in f in g is h
v = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o
u = +p
t = await q
s = (yield)
r = (yield from s)
q = (n := 10)
p = a.b.c(d)[e][1:2, ::3, :][*f]
o = f(a, *b, c=d, **e)
n = f(x for x in y)
m = [1, *a, 2]
l = (1,)
k = ()
j = {1, 2}
i = {'a': 1, **b}
h = {}
g = [x for x in y if x for z in w]
f = {x for x in y}
e = {k: v for k, v in items}
d = (x async for x in y)
c = ...
b = None, True, False
a = 1_000 + 0x1F + 0o17 + 0b11 + 1.5e-3 + 2j
