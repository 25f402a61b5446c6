# Local variables read by reference and updated in place: augmented assignment to locals and to
# list items, walrus rebinding inside the expression that reads the variable, unbound locals
# reported before the right-hand side runs, and mixed int/float arithmetic.


def loud(x):
    print("evaluated", x)
    return x


def walrus(n):
    out = []
    while (n := n - 1) > 0:
        out.append(n + (n := n - 1) * 10)
    return out, n


def augmented(values):
    total = 0
    s = "a"
    t = s
    for v in values:
        total += v
        s += "b"
    values[0] += total
    values[-1] *= 2
    return total, s, t, values


def unbound_first():
    try:
        x += loud(1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
    return x


def mixed(a, b):
    return a + b, a - b, a * b, a / b, b / a, a < b, a == b, a != b, -a


print(walrus(7))
print(augmented([1, 2, 3]))
print(unbound_first())
print(mixed(3, 0.5), mixed(2.5, 4), mixed(2**62, 0.25))
big = 2**63 - 1
print(big + 1, -big - 2, big * 2)
xs = [1.5, 2.5]
xs[0] -= 1
xs[1] /= 2
print(xs)
