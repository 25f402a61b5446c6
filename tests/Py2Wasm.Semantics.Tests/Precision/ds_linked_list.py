# A singly linked list with push, pop, reverse, search and iteration by index.


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        node = self.head
        if node is None:
            return -1
        self.head = node.next
        self.size -= 1
        return node.value

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def find(self, value):
        index = 0
        cur = self.head
        while cur is not None:
            if cur.value == value:
                return index
            cur = cur.next
            index += 1
        return -1

    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out


ll = LinkedList()
for i in range(10):
    ll.push(i * i)
print(ll.to_list())
ll.reverse()
print(ll.to_list(), ll.find(49), ll.find(50))
print(ll.pop(), ll.pop(), ll.size)
