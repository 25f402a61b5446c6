class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self._len
    def __repr__(self):
        return "LL[" + " -> ".join(map(repr, self)) + "]"
    def __contains__(self, v):
        return any(x == v for x in self)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LL index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __eq__(self, other):
        return list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))

ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll), 9 in ll, 7 in ll)
print(ll[0], ll[-1], ll[2:5], ll[::3])
print(list(reversed(ll)))
print(ll.reverse())
print(sorted(ll), sum(ll), max(ll), min(ll))
print(ll == LinkedList([6, 2, 9, 5, 1, 4, 1, 3]), ll == [6, 2, 9, 5, 1, 4, 1, 3])
try:
    ll[100]
except IndexError as e:
    print("IndexError", e)
try:
    Node(1).other = 5
except AttributeError as e:
    print("AttributeError", e)
print(LinkedList("abc") + LinkedList("de"))
print(dict(enumerate(LinkedList(["x", "y"]))))
a, b, *rest = ll
print(a, b, rest)
it = iter(ll)
print(next(it), next(it), list(it)[:2])
print(bool(LinkedList()), bool(ll), len(LinkedList()))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), s + [4], type(s).__name__)
class Registry(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
r = Registry()
print(r["a"], r["b"], r["a"], r)
