# Subclassing built-in types: dict with defaults, list with validation, str with extra methods.


class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def append(self, x):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, x)


class Word(str):
    def is_palindrome(self):
        s = "".join(c for c in self.lower() if c.isalnum())
        return s == s[::-1]

    def vowels(self):
        return sum(1 for c in self.lower() if c in "aeiou")


class Stack(list):
    def push(self, x):
        self.append(x)

    def top(self):
        return self[-1]


d = DefaultDict(list)
for word in "apple avocado banana blueberry cherry".split():
    d[word[0]].append(word)
print(dict(d), isinstance(d, dict), len(d))
sl = SortedList([5, 1, 4])
for x in (3, 0, 9, 4):
    sl.append(x)
print(sl, type(sl).__name__, sl[2:4], len(sl))
w = Word("Racecar")
print(w.is_palindrome(), w.vowels(), w.upper(), type(w.upper()).__name__, w + "!", len(w))
print([Word(s).is_palindrome() for s in ["A man, a plan, a canal: Panama", "python"]])
st = Stack()
st.push(1)
st.push(2)
print(st, st.top(), st == [1, 2])
