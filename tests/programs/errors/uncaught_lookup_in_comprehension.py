# Expected: a KeyError raised inside a dict comprehension.

stock = {"apple": 3, "pear": 0, "plum": 7}
order = ["apple", "plum", "kiwi"]
print({item: stock[item] for item in order[:2]})
print({item: stock[item] for item in order})
