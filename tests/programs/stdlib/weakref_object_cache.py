# An interning cache and an observer registry built on weak references: entries disappear when the last
# strong reference to their object goes; a finalizer and atexit handlers report at shutdown.
import atexit
import weakref


class Image:
    loads = 0

    def __init__(self, path):
        Image.loads += 1
        self.path = path
        self.pixels = [len(path) * i for i in range(4)]

    def __repr__(self):
        return "Image(%r)" % self.path


class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
        self.hits = 0

    def get(self, path):
        img = self._cache.get(path)
        if img is None:
            img = Image(path)
            self._cache[path] = img
        else:
            self.hits += 1
        return img

    def live(self):
        return sorted(self._cache.keys())


class Listener:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def notify(self, event):
        self.log.append("%s<-%s" % (self.name, event))


class EventBus:
    def __init__(self):
        self._listeners = weakref.WeakSet()
        self.dropped = []

    def subscribe(self, listener):
        self._listeners.add(listener)
        weakref.finalize(listener, self.dropped.append, listener.name)

    def publish(self, event):
        for listener in sorted(self._listeners, key=lambda l: l.name):
            listener.notify(event)
        return len(self._listeners)


def report_shutdown(cache):
    print("shutdown: cache holds", cache.live(), "loads", Image.loads, "hits", cache.hits)


cache = ImageCache()
atexit.register(report_shutdown, cache)
atexit.register(print, "last registered, first to run")

a = cache.get("a.png")
b = cache.get("b.png")
a2 = cache.get("a.png")
print(a is a2, cache.live(), Image.loads, cache.hits)
del a, a2
print("after dropping a:", cache.live())
for i in range(3):
    tmp = cache.get("tmp%d.png" % i)
print("temporaries:", cache.live())
del tmp
print("after loop:", cache.live(), "loads", Image.loads)

log = []
bus = EventBus()
alice, bob, carol = Listener("alice", log), Listener("bob", log), Listener("carol", log)
for who in (alice, bob, carol):
    bus.subscribe(who)
print("delivered to", bus.publish("start"))
del bob
print("delivered to", bus.publish("middle"), "dropped", bus.dropped)
carol = None
print("delivered to", bus.publish("end"), "dropped", bus.dropped)
print(log)

# Weak references with callbacks, key dictionaries and identity of plain references.
metadata = weakref.WeakKeyDictionary()
deaths = []
refs = []
for name in ("x", "y", "z"):
    img = Image(name + ".gif")
    metadata[img] = {"name": name, "size": len(img.pixels)}
    refs.append(weakref.ref(img, lambda r, n=name: deaths.append(n)))
    if name != "z":
        del img
print(len(metadata), [m["name"] for m in metadata.values()], deaths)
print(weakref.ref(img) is weakref.ref(img), weakref.getweakrefcount(img), refs[2]() is img)
img = None
print(len(metadata), deaths, [r() for r in refs])
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)

keep = Image("keep.bmp")
fin = weakref.finalize(keep, print, "finalizer for keep.bmp at exit")
print("alive:", fin.alive, "atexit:", fin.atexit)
print("end of main")
