# Physical quantities with units: dimension tracking in dicts, arithmetic dunders, comparisons,
# conversion, formatting, and errors for incompatible operations.


class DimensionError(TypeError):
    pass


class Q:
    def __init__(self, value, dims=None):
        self.value = value
        self.dims = {k: v for k, v in (dims or {}).items() if v}

    def _same(self, other):
        if not isinstance(other, Q):
            other = Q(other)
        if self.dims != other.dims:
            raise DimensionError(f"cannot combine {self.unit()} with {other.unit()}")
        return other

    def __add__(self, other):
        return Q(self.value + self._same(other).value, self.dims)

    def __sub__(self, other):
        return Q(self.value - self._same(other).value, self.dims)

    def __mul__(self, other):
        if not isinstance(other, Q):
            return Q(self.value * other, self.dims)
        dims = dict(self.dims)
        for k, v in other.dims.items():
            dims[k] = dims.get(k, 0) + v
        return Q(self.value * other.value, dims)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if not isinstance(other, Q):
            return Q(self.value / other, self.dims)
        return self * Q(1 / other.value, {k: -v for k, v in other.dims.items()})

    def __pow__(self, n):
        return Q(self.value ** n, {k: v * n for k, v in self.dims.items()})

    def __eq__(self, other):
        return isinstance(other, Q) and self.dims == other.dims and abs(self.value - other.value) < 1e-9

    def __lt__(self, other):
        return self.value < self._same(other).value

    def unit(self):
        if not self.dims:
            return "1"
        parts = []
        for k in sorted(self.dims):
            v = self.dims[k]
            parts.append(k if v == 1 else f"{k}^{v}")
        return "*".join(parts)

    def __repr__(self):
        return f"{self.value:g} {self.unit()}"


m, s, kg = Q(1, {"m": 1}), Q(1, {"s": 1}), Q(1, {"kg": 1})
distance = 120 * m
time = 9.58 * s
speed = distance / time
accel = speed / time
force = 80 * kg * accel
print(distance, time, speed, accel, force)
print((3 * m) ** 2, (2 * m) * (5 * m) / (10 * m), Q(2) * 3)
print(distance > 100 * m, 5 * m == Q(5, {"m": 1}), sorted([3 * m, 1 * m, 2 * m]))
energy = force * distance
print(energy, energy.unit())
for bad in (lambda: distance + time, lambda: m < s, lambda: speed - 1):
    try:
        bad()
    except DimensionError as e:
        print("DimensionError:", e)
