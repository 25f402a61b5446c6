import functools


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args) * 2
    return wrapper


@deco
def triple(x):
    return 3 * x


print(triple(5), triple.__name__)


@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a >= V(1), a <= V(1), b < a)
