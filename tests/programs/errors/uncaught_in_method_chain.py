# Expected: an exception raised in a property getter during string formatting.


class Ratio:
    def __init__(self, num, den):
        self.num, self.den = num, den

    @property
    def value(self):
        if self.den == 0:
            raise ArithmeticError(f"undefined ratio {self.num}/{self.den}")
        return self.num / self.den

    def __str__(self):
        return f"{self.num}/{self.den} = {self.value:.3f}"


for r in [Ratio(1, 3), Ratio(22, 7), Ratio(5, 0)]:
    print(r)
