xs = [1, 2, 3]
squares = [x * x for x in xs]
pairs = {(a, b) for a in xs for b in xs if a < b}
lookup = {k: v for k, v in zip(xs, xs)}
gen = (n for n in range(10) if n % 2)
nested = [[j for j in range(i)] for i in xs]
if any((found := x) > 1 for x in xs):
    print(found)

def walrus_in_function(data):
    total = [last := d for d in data]
    return last, total

def walrus_global():
    global gtarget
    [gtarget := i for i in range(3)]

def walrus_nested(data):
    return [[(inner := x) for x in row] for row in data], inner

lam = lambda data: [(z := d) for d in data]

class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    names = [n for n in range(3) if n in vals]

def comp_free(k):
    return [k + i for i in range(3)]

async def acomp(src):
    return [x async for x in src], [await y for y in src]
