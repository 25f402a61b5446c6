# Rich comparisons: __eq__/__lt__ with total_ordering, NotImplemented fallbacks, sorting with keys.
from functools import total_ordering, cmp_to_key


@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    @property
    def value(self):
        return self.RANKS.index(self.rank)

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.value, self.suit) == (other.value, other.suit)

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.value, self.SUITS.index(self.suit)) < (other.value, self.SUITS.index(other.suit))

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return self.rank + self.suit


def compare_versions(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    n = max(len(pa), len(pb))
    pa += [0] * (n - len(pa))
    pb += [0] * (n - len(pb))
    return (pa > pb) - (pa < pb)


hand = [Card(t) for t in "Ah 2c Td Ts 9s Ac 2d".split()]
print(sorted(hand), max(hand), min(hand))
print(Card("Ah") > Card("Kd"), Card("2c") <= Card("2c"), Card("5h") >= Card("6c"))
print(Card("Ah") == Card("Ah"), Card("Ah") == "Ah", Card("Ah") != 3)
print(len(set(hand + [Card("Ah")])))
try:
    Card("Ah") < 3
except TypeError:
    print("TypeError: unorderable")
versions = ["1.10", "1.2", "1.2.0", "1.9.9", "0.1", "2", "1.2.1"]
print(sorted(versions, key=cmp_to_key(compare_versions)))
print(sorted(versions, key=lambda v: [int(x) for x in v.split(".")], reverse=True))
print((1, 2, 3) < (1, 2, 4), [1, 2] < [1, 2, 0], "abc" < "abd" < "b", (1, "a") < (1, "b"))
