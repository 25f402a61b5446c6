# A ModInt class for arithmetic modulo a prime, used for binomials, Fermat inverses and a
# polynomial hash; operators mix ModInt and int.
# features: bigint


class ModInt:
    MOD = 1_000_000_007
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v % self.MOD

    def _val(self, o):
        return o.v if isinstance(o, ModInt) else o

    def __add__(self, o):
        return ModInt(self.v + self._val(o))

    __radd__ = __add__

    def __sub__(self, o):
        return ModInt(self.v - self._val(o))

    def __rsub__(self, o):
        return ModInt(self._val(o) - self.v)

    def __mul__(self, o):
        return ModInt(self.v * self._val(o))

    __rmul__ = __mul__

    def __pow__(self, e):
        return ModInt(pow(self.v, e, self.MOD))

    def inverse(self):
        return self ** (self.MOD - 2)

    def __truediv__(self, o):
        return self * ModInt(self._val(o)).inverse()

    def __eq__(self, o):
        return self.v == self._val(o) % self.MOD

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"ModInt({self.v})"


fact = [ModInt(1)]
for i in range(1, 2001):
    fact.append(fact[-1] * i)


def comb(n, k):
    return fact[n] / (fact[k] * fact[n - k])


print(comb(10, 3), comb(2000, 1000), comb(1000, 1) == 1000)
print(ModInt(3) / 7 * 7 == 3, (ModInt(2) ** 10 ** 18), 5 - ModInt(7), ModInt(-1))
h = ModInt(0)
for ch in "polynomial hashing":
    h = h * 31 + ord(ch)
print(h, ModInt(10 ** 30), sum([ModInt(i) for i in range(10 ** 5)], ModInt(0)))
