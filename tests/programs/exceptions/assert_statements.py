# assert with and without messages, AssertionError handling, and invariant checks in a class.


class SortedBag:
    def __init__(self):
        self.items = []

    def _check(self):
        assert all(a <= b for a, b in zip(self.items, self.items[1:])), "order violated"

    def add(self, x):
        assert isinstance(x, int), f"only ints, got {type(x).__name__}"
        i = 0
        while i < len(self.items) and self.items[i] < x:
            i += 1
        self.items.insert(i, x)
        self._check()


bag = SortedBag()
for v in [5, 2, 9, 2, 7]:
    bag.add(v)
print(bag.items)
for bad in ["7", 3.5]:
    try:
        bag.add(bad)
    except AssertionError as e:
        print("AssertionError:", e)
bag.items.append(0)
try:
    bag._check()
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
x = 5
assert x > 0, "never shown"
assert (x, "tuple is truthy")
print("done")
