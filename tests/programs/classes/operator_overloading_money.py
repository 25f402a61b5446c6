# Money type: arithmetic with currency checks, __radd__ for sum(), rounding, comparisons, format.
from decimal import Decimal, ROUND_HALF_UP


class CurrencyMismatch(TypeError):
    pass


class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency

    def _same(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return other

    def __add__(self, other):
        other = self._same(other)
        if other is NotImplemented:
            return other
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other):
        other = self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor):
        return Money(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def split(self, n):
        base = (self.amount / n).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
        parts = [Money(base, self.currency) for _ in range(n)]
        remainder = self.amount - base * n
        i = 0
        while remainder > 0:
            parts[i] = parts[i] + Money("0.01", self.currency)
            remainder -= Decimal("0.01")
            i += 1
        return parts

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        return self._same(other).amount > self.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __str__(self):
        sign = "-" if self.amount < 0 else ""
        return f"{sign}{self.currency} {abs(self.amount):,.2f}"

    def __repr__(self):
        return f"Money('{self.amount}', {self.currency!r})"


prices = [Money("19.99"), Money(5), Money("0.015"), Money(1234.5)]
print([str(p) for p in prices])
print(sum(prices), prices[0] * 3, 2 * prices[1], prices[1] - prices[0])
print(sorted(prices)[0], max(prices), Money(1) == Money("1.00"))
print([str(p) for p in Money(100).split(3)], sum(Money(100).split(3)))
try:
    Money(1) + Money(1, "EUR")
except CurrencyMismatch as e:
    print("mismatch:", e, isinstance(e, TypeError))
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError")
print(repr(Money("2.675")), len({Money(1), Money("1.0"), Money(2)}))
