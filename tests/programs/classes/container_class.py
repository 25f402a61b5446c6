# A sparse vector container: __getitem__/__setitem__/__delitem__, __contains__, __len__, __iter__,
# slicing support and __bool__.


class SparseVector:
    def __init__(self, size, data=None):
        self.size = size
        self.data = dict(data or {})

    def _index(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f"index {i} out of range for size {self.size}")
        return i

    def __getitem__(self, key):
        if isinstance(key, slice):
            idx = range(*key.indices(self.size))
            return SparseVector(len(idx), {j: self.data[i] for j, i in enumerate(idx) if i in self.data})
        return self.data.get(self._index(key), 0)

    def __setitem__(self, key, value):
        i = self._index(key)
        if value:
            self.data[i] = value
        else:
            self.data.pop(i, None)

    def __delitem__(self, key):
        del self.data[self._index(key)]

    def __len__(self):
        return self.size

    def __contains__(self, value):
        return value in self.data.values() or (value == 0 and len(self.data) < self.size)

    def __iter__(self):
        for i in range(self.size):
            yield self.data.get(i, 0)

    def __bool__(self):
        return bool(self.data)

    def nnz(self):
        return len(self.data)

    def dot(self, other):
        return sum(v * other[i] for i, v in self.data.items())

    def __repr__(self):
        items = ", ".join(f"{i}: {v}" for i, v in sorted(self.data.items()))
        return f"SparseVector({self.size}, {{{items}}})"


v = SparseVector(10)
v[2] = 5
v[-1] = 7
v[4] = 0
v[5] = -3
print(v, len(v), v.nnz(), bool(v), bool(SparseVector(3)))
print(list(v), v[2], v[3], v[-1])
print(5 in v, 0 in v, 42 in v)
print(v[::2], v[1:6], list(v[::-1]))
del v[2]
print(v)
w = SparseVector(10, {5: 2, 9: 1, 0: 4})
print(v.dot(w), w.dot(w))
for bad in (lambda: v[10], lambda: v.__delitem__(3)):
    try:
        bad()
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
