# A singly linked list class implementing the sequence protocol.


class _Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value):
        self.head = _Node(value, self.head)
        self._len += 1

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def _node_at(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("LinkedList index out of range")
        node = self.head
        for _ in range(i):
            node = node.next
        return node

    def __getitem__(self, i):
        return self._node_at(i).value

    def __setitem__(self, i, value):
        self._node_at(i).value = value

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __add__(self, other):
        return LinkedList(list(self) + list(other))


ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll))
print(ll[0], ll[-1], ll[3], 9 in ll, 7 in ll)
ll[2] = 40
ll.reverse()
print(ll)
print(ll + LinkedList("ab"))
print(LinkedList([1, 2]) == LinkedList([1, 2]), LinkedList() == LinkedList([0]))
print(sorted(ll), sum(ll), max(ll))
try:
    ll[100]
except IndexError as e:
    print("IndexError:", e)
