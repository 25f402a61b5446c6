# property(fget, fset, fdel, doc): every argument, by position and by keyword, and where __doc__ comes from.

class Box:
    def __init__(self):
        self._v = 1

    def getv(self):
        "value of the box"
        return self._v

    def setv(self, v):
        self._v = v

    def delv(self):
        print("deleting")
        del self._v

    v = property(getv, setv, delv, "the box's value")
    w = property(getv, setv, delv)
    k = property(fget=getv, doc="keyword doc")
    nodoc = property(lambda self: 5)

    @property
    def t(self):
        """temperature"""
        return 20

    @t.setter
    def t(self, value):
        print("set t", value)

    @property
    def plain(self):
        return 0


b = Box()
print(b.v, Box.v.__doc__)
print(Box.w.__doc__)
print(Box.k.__doc__, b.k)
print(Box.nodoc.__doc__, b.nodoc)
print(Box.t.__doc__)
b.t = 3
print(Box.plain.__doc__)
b.v = 10
print(b.w)
del b.v
print(hasattr(b, "_v"))
print(Box.v.fget is Box.getv, Box.v.fset is Box.setv, Box.v.fdel is Box.delv)
print(Box.k.fset, Box.k.fdel)
try:
    b.k = 4
except AttributeError as e:
    print("AttributeError")
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    property(fget=None, colour=1)
except TypeError as e:
    print("TypeError:", e)
