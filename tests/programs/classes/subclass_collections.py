# Classes deriving from collections.Counter, OrderedDict and defaultdict, and isinstance checks
# against the collection classes.
import collections
from collections import Counter, OrderedDict, defaultdict


class WordCounter(Counter):
    def __init__(self, text=""):
        super().__init__(text.lower().split())

    def top(self, n):
        return [word for word, _ in self.most_common(n)]


wc = WordCounter("the cat and the hat and the bat")
print(wc)
print(wc.top(2), wc["the"], wc["missing"], len(wc), isinstance(wc, Counter), isinstance(wc, dict))
wc.update(["cat", "cat"])
print(wc.most_common(3), sum(wc.values()), sorted(wc.elements())[:4])
both = wc + Counter(["hat"])
print(type(both).__name__, both["hat"], type(wc).__name__)


class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def lookup(self, key, default=None):
        value = self.pop(key, default)
        if key in self or value is not default:
            self[key] = value
        return value

    def put(self, key, value):
        self.pop(key, None)
        self[key] = value
        while len(self) > self.capacity:
            del self[next(iter(self))]


cache = LRUCache(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.lookup("a"), cache.lookup("zzz", -1))
cache.put("c", 3)
print(cache, list(cache), cache.capacity, isinstance(cache, OrderedDict), isinstance(cache, dict))


class Graph(defaultdict):
    def __init__(self):
        super().__init__(list)

    def connect(self, a, b):
        self[a].append(b)
        self[b].append(a)


g = Graph()
g.connect("x", "y")
g.connect("x", "z")
print(sorted(g.items()), len(g), g.default_factory, isinstance(g, defaultdict))
print(dict(g), sorted(g["x"]), g["new"], "new" in g)

plain = [Counter("aab"), OrderedDict(a=1), defaultdict(int), collections.deque([1, 2]), {"k": 1}]
for obj in plain:
    print(type(obj).__name__, isinstance(obj, dict), isinstance(obj, Counter), isinstance(obj, collections.OrderedDict),
          isinstance(obj, collections.defaultdict), isinstance(obj, collections.deque))
print(issubclass(Counter, dict), issubclass(WordCounter, Counter), Counter, OrderedDict.__name__)

# Copies: copy.copy gives a subclass instance its own items; the collections' copy() keeps their class.
import copy


class Playlist(list):
    pass


songs = Playlist(["intro", "theme"])
songs.owner = "kim"
backup = copy.copy(songs)
backup.append("outro")
deep = copy.deepcopy(songs)
deep.append("bonus")
print(songs, backup, deep, type(backup).__name__, backup.owner)
tally = Counter("mississippi").copy()
ordered = OrderedDict(b=2, a=1).copy()
groups = defaultdict(set, {"x": {1}}).copy()
print(tally, type(tally).__name__, ordered, type(ordered).__name__, groups, type(groups).__name__)
print(OrderedDict(ordered) == ordered, dict(Counter(ordered)), songs.__dict__, tally.__dict__)
