# A skip list with seeded random levels: insert, search, delete, ordered iteration and level stats.
import random


class SkipNode:
    __slots__ = ("key", "value", "next")

    def __init__(self, key, value, level):
        self.key, self.value = key, value
        self.next = [None] * level


class SkipList:
    MAX_LEVEL = 12

    def __init__(self, seed=0):
        self.head = SkipNode(None, None, self.MAX_LEVEL)
        self.level = 1
        self.size = 0
        self.rng = random.Random(seed)

    def _random_level(self):
        lvl = 1
        while lvl < self.MAX_LEVEL and self.rng.random() < 0.5:
            lvl += 1
        return lvl

    def _path(self, key):
        update = [self.head] * self.MAX_LEVEL
        node = self.head
        for i in range(self.level - 1, -1, -1):
            while node.next[i] and node.next[i].key < key:
                node = node.next[i]
            update[i] = node
        return update, node.next[0]

    def insert(self, key, value):
        update, node = self._path(key)
        if node and node.key == key:
            node.value = value
            return
        lvl = self._random_level()
        self.level = max(self.level, lvl)
        new = SkipNode(key, value, lvl)
        for i in range(lvl):
            new.next[i] = update[i].next[i]
            update[i].next[i] = new
        self.size += 1

    def get(self, key, default=None):
        _, node = self._path(key)
        return node.value if node and node.key == key else default

    def delete(self, key):
        update, node = self._path(key)
        if not node or node.key != key:
            return False
        for i in range(len(node.next)):
            update[i].next[i] = node.next[i]
        self.size -= 1
        return True

    def __iter__(self):
        node = self.head.next[0]
        while node:
            yield node.key, node.value
            node = node.next[0]

    def level_counts(self):
        counts = [0] * self.level
        node = self.head.next[0]
        while node:
            counts[len(node.next) - 1] += 1
            node = node.next[0]
        return counts


sl = SkipList(seed=99)
for k in [(i * 37) % 101 for i in range(60)]:
    sl.insert(k, k * k)
print(sl.size, list(sl)[:6], sl.get(37), sl.get(1000, "missing"))
print([sl.delete(k) for k in (0, 37, 37, 500)], sl.size)
keys = [k for k, _ in sl]
print(keys == sorted(keys), keys[:10], sl.level, sl.level_counts())
