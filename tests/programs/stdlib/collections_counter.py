# collections.Counter: counting, arithmetic, most_common, elements, update/subtract.
from collections import Counter

inventory = Counter(apples=5, pears=3, plums=0)
sold = Counter({"apples": 2, "pears": 5, "kiwis": 1})
print(inventory, sold)
print(inventory + sold, inventory - sold, inventory & sold, inventory | sold)
inventory.subtract(sold)
print(inventory, +inventory, -inventory)
c = Counter("abracadabra")
print(c.most_common(2), c["z"], sorted(c.elements()), c.total())
c.update("aaz")
print(c.most_common(), len(c), sum(c.values()))
votes = "red blue red green blue red blue blue yellow".split()
tally = Counter(votes)
winner, count = tally.most_common(1)[0]
print(winner, count, sorted(tally.items()))
print(Counter([1, 1, 2]) == Counter([2, 1, 1]), dict(Counter("hello")))
del c["a"]
print(c, list(c.keys()))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print(Counter(w[0] for w in words).most_common())
