# Stack and Queue classes sharing an abstract Container base; __len__, __bool__, __repr__.


class EmptyError(Exception):
    pass


class Container:
    def __init__(self, items=()):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self) > 0

    def __repr__(self):
        return f"{type(self).__name__}({self._items})"

    def peek(self):
        if not self:
            raise EmptyError(f"peek from empty {type(self).__name__.lower()}")
        return self._items[self._front()]

    def pop(self):
        if not self:
            raise EmptyError(f"pop from empty {type(self).__name__.lower()}")
        return self._items.pop(self._front())

    def push(self, x):
        self._items.append(x)
        return self


class Stack(Container):
    def _front(self):
        return -1


class Queue(Container):
    def _front(self):
        return 0


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s


s, q = Stack([1, 2]), Queue([1, 2])
s.push(3).push(4)
q.push(3).push(4)
print(s, q, len(s), s.peek(), q.peek())
print([s.pop() for _ in range(4)], [q.pop() for _ in range(4)])
for c in (s, q):
    try:
        c.pop()
    except EmptyError as e:
        print(e)
for t in ["([]{})", "([)]", "((", "", "{[()()]}", "}"]:
    print(repr(t), balanced(t))
