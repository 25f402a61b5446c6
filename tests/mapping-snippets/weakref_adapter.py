# Snippet for the 'weakref' adapter (Python over the Rust half '_weakref').
import sys
import itertools
import weakref
from weakref import (ref, ReferenceType, getweakrefcount, getweakrefs, WeakValueDictionary, WeakKeyDictionary, WeakSet,
                     finalize, KeyedRef)


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Item(%s)" % self.name


print(weakref.ref is ReferenceType, type(sys.maxsize).__name__, next(itertools.count(5)))
a = Item("a")
r = ref(a)
print(r() is a, ref(a) is r, isinstance(r, ReferenceType), r.__callback__)
events = []
rc = ref(a, lambda w: events.append(("rc", w() is None)))
print(getweakrefcount(a), len(getweakrefs(a)), rc == r, rc is r, hash(r) == hash(a))
del a
print(r(), events, getweakrefcount(Item("x")))
try:
    ref(3)
except TypeError as e:
    print(e)
try:
    ref([1, 2])
except TypeError as e:
    print(e)


def func():
    return 1


fr = ref(func)
print(fr()() + 1)

keep = [Item(str(i)) for i in range(4)]
wv = WeakValueDictionary({"k%d" % i: it for i, it in enumerate(keep)})
print(len(wv), wv["k1"], "k2" in wv, sorted(wv.keys()), wv.get("zz", "none"))
kr = wv.valuerefs()[0]
print(type(kr).__name__, kr.key, isinstance(kr, KeyedRef))
del keep[0]
print(len(wv), sorted(k for k, v in wv.items()), [v.name for v in wv.values()])
print(wv.pop("k3").name, wv.setdefault("k1", None).name, len(wv.copy()))
for k in wv:
    keep.pop()
print(len(wv), list(wv))

wk = WeakKeyDictionary()
k1, k2 = Item("k1"), Item("k2")
wk[k1] = 10
wk[k2] = 20
print(len(wk), wk[k1], k2 in wk, 5 in wk, sorted(wk.values()), [k.name for k in wk.keys()])
del k1
print(len(wk), [(k.name, v) for k, v in wk.items()], wk.get(k2))

ws = WeakSet()
e1, e2, e3 = Item("e1"), Item("e2"), Item("e3")
ws.add(e1)
ws.add(e2)
ws |= [e3]
print(len(ws), e1 in ws, 3 in ws, sorted(x.name for x in ws))
del e2
print(len(ws), sorted(x.name for x in ws))
ws.discard(e3)
print(len(ws), ws == WeakSet([e1]))

holder = Item("held")
fin = finalize(holder, print, "finalizer ran for", "held")
print(fin.alive, fin.atexit, fin.peek()[2])
del holder
print(fin.alive, fin())
other = Item("other")
fin2 = finalize(other, print, "at exit")
print(fin2.detach()[0].name, fin2.alive)
last = Item("last")
fin3 = finalize(last, print, "finalizer at exit for", "last")
print("end")
