"""array for compiled programs: typed arrays of numbers (and of characters, type code 'u').

Py2Wasm implements this module in Python, compiled with each program that imports it: an array keeps its items as
Python values already converted to its C type (range-checked integers, floats rounded to single precision for 'f'),
with CPython 3.11's errors on Linux (item sizes 1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8 for b B u h H i I l L q Q f d;
little-endian machine representation, as on x86-64 and WebAssembly). tobytes/frombytes use struct.

Not provided: buffer_info (a memory address), the buffer protocol (memoryview(array)) and pickling; type names in
messages written by the runtime itself (unsupported comparisons, unhashable) say 'array' where CPython says
'array.array'.
"""
import struct

__all__ = ["ArrayType", "array", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_ITEMSIZE = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}
# struct format characters with the machine's sizes, in standard little-endian mode.
_STRUCT = {"b": "b", "B": "B", "h": "h", "H": "H", "i": "i", "I": "I", "l": "q", "L": "Q", "q": "q", "Q": "Q",
           "f": "f", "d": "d"}
# (minimum, maximum, message below minimum, message above maximum) of the small integer codes, which CPython
# converts through a C long first.
_SMALL = {
    "b": (-128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
    "B": (0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"),
    "h": (-32768, 32767, "signed short integer is less than minimum", "signed short integer is greater than maximum"),
    "H": (0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
    "i": (-2147483648, 2147483647, "signed integer is less than minimum", "signed integer is greater than maximum"),
}
_MISSING = object()


def _index(v):
    if isinstance(v, int):
        return int(v)
    if not isinstance(v, float) and hasattr(type(v), "__index__"):
        return v.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _convert(tc, v):
    """v as an item of an array of type code tc, or CPython's TypeError/OverflowError."""
    if tc == "f" or tc == "d":
        if isinstance(v, float):
            x = v
        elif isinstance(v, int):
            x = float(v)
        elif hasattr(type(v), "__float__"):
            x = v.__float__()
        elif hasattr(type(v), "__index__"):
            x = float(v.__index__())
        else:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        if tc == "f":
            try:
                x = struct.unpack("<f", struct.pack("<f", x))[0]
            except OverflowError:
                x = float("inf") if x > 0 else float("-inf")
        return x
    if tc == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    n = _index(v)
    if tc in _SMALL:
        lo, hi, below, above = _SMALL[tc]
        if n < -(2 ** 63) or n >= 2 ** 63:
            raise OverflowError("Python int too large to convert to C long")
        if n < lo:
            raise OverflowError(below)
        if n > hi:
            raise OverflowError(above)
    elif tc == "I" or tc == "L":
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2 ** 64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if tc == "I" and n > 4294967295:
            raise OverflowError("unsigned int is greater than maximum")
    elif tc == "l":
        if n < -(2 ** 63) or n >= 2 ** 63:
            raise OverflowError("Python int too large to convert to C long")
    elif tc == "q":
        if n < -(2 ** 63) or n >= 2 ** 63:
            raise OverflowError("int too big to convert")
    else:
        if n < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if n >= 2 ** 64:
            raise OverflowError("int too big to convert")
    return n


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, array):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def _decode(tc, data):
    size = _ITEMSIZE[tc]
    count = len(data) // size
    if tc == "u":
        return [chr(int.from_bytes(data[i * 4:i * 4 + 4], "little")) for i in range(count)]
    return list(struct.unpack("<%d%s" % (count, _STRUCT[tc]), data))


class array:
    """array(typecode[, initializer]): a sequence of numbers of one C type."""

    def __init__(self, typecode, initializer=_MISSING, /):
        if not isinstance(typecode, str):
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not str")
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._items = []
        if initializer is _MISSING:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == "u" and typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self._items = [_convert(typecode, v) for v in initializer._items]
        else:
            self._items = [_convert(typecode, v) for v in initializer]

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    # ---------------------------------------------------------------- sequence protocol

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        for v in self._items:
            if v is value or v == value:
                return True
        return False

    def _position(self, i, message):
        i = _index(i) if not isinstance(i, int) else i
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError(message)
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        if not isinstance(i, int) and (isinstance(i, float) or not hasattr(type(i), "__index__")):
            raise TypeError("array indices must be integers")
        return self._items[self._position(i, "array index out of range")]

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            if not isinstance(value, array):
                raise TypeError("can only assign array (not \"%s\") to array slice" % type(value).__name__)
            if value._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            items = list(value._items)
            start, stop, step = i.indices(len(self._items))
            if step != 1:
                size = len(range(start, stop, step))
                if len(items) != size:
                    raise ValueError("attempt to assign array of size %d to extended slice of size %d" % (len(items), size))
            self._items[i] = items
            return
        if not isinstance(i, int) and (isinstance(i, float) or not hasattr(type(i), "__index__")):
            raise TypeError("array indices must be integers")
        j = self._position(i, "array assignment index out of range")
        self._items[j] = _convert(self._tc, value)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        if not isinstance(i, int) and (isinstance(i, float) or not hasattr(type(i), "__index__")):
            raise TypeError("array indices must be integers")
        del self._items[self._position(i, "array assignment index out of range")]

    # ---------------------------------------------------------------- operators

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"%s\") to array" % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend array with array (not \"%s\")" % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._items.extend(list(other._items))
        return self

    def _count(self, n):
        if isinstance(n, float) or not (isinstance(n, int) or hasattr(type(n), "__index__")):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return _index(n)

    def __mul__(self, n):
        return self._new(self._items * self._count(n))

    def __rmul__(self, n):
        return self._new(self._items * self._count(n))

    def __imul__(self, n):
        k = self._count(n)
        self._items[:] = self._items * k
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._items, other._items
        if len(a) != len(b) and (op == "==" or op == "!="):
            return op == "!="
        for i in range(min(len(a), len(b))):
            x, y = a[i], b[i]
            if not (x == y):
                if op == "==":
                    return False
                if op == "!=":
                    return True
                if op == "<":
                    return x < y
                if op == "<=":
                    return x <= y
                if op == ">":
                    return x > y
                return x >= y
        la, lb = len(a), len(b)
        if op == "==":
            return la == lb
        if op == "!=":
            return la != lb
        if op == "<":
            return la < lb
        if op == "<=":
            return la <= lb
        if op == ">":
            return la > lb
        return la >= lb

    def __eq__(self, other):
        return self._compare(other, "==")

    def __ne__(self, other):
        return self._compare(other, "!=")

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._tc
        if self._tc == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self._tc, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    # ---------------------------------------------------------------- methods

    def append(self, v):
        """Appends v to the end."""
        self._items.append(_convert(self._tc, v))

    def extend(self, iterable):
        """Appends the items of iterable (an array must have the same type code)."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(list(iterable._items))
            return
        for v in iterable:
            self._items.append(_convert(self._tc, v))

    def insert(self, i, v):
        """Inserts v before position i."""
        i = _index(i)
        self._items.insert(i, _convert(self._tc, v))

    def pop(self, i=-1):
        """Removes and returns the item at i (the last by default)."""
        i = _index(i)
        if not self._items:
            raise IndexError("pop from empty array")
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, v):
        """Removes the first item equal to v."""
        for i, x in enumerate(self._items):
            if x is v or x == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=9223372036854775807):
        """The position of the first item equal to v in [start, stop)."""
        n = len(self._items)
        start, stop = _index(start), _index(stop)
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for i in range(start, min(stop, n)):
            x = self._items[i]
            if x is v or x == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        """The number of items equal to v."""
        return sum(1 for x in self._items if x is v or x == v)

    def reverse(self):
        """Reverses the items in place."""
        self._items.reverse()

    def tolist(self):
        """The items as a list."""
        return list(self._items)

    def fromlist(self, items):
        """Appends the items of a list (all or none)."""
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        converted = [_convert(self._tc, v) for v in items]
        self._items.extend(converted)

    def tobytes(self):
        """The machine representation of the items."""
        if self._tc == "u":
            return b"".join(ord(c).to_bytes(4, "little") for c in self._items)
        return struct.pack("<%d%s" % (len(self._items), _STRUCT[self._tc]), *self._items)

    def frombytes(self, b):
        """Appends the items whose machine representation b holds."""
        data = _bytes_like(b)
        if len(data) % _ITEMSIZE[self._tc]:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(_decode(self._tc, data))

    def byteswap(self):
        """Swaps the byte order of every item."""
        size = _ITEMSIZE[self._tc]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = _decode(self._tc, swapped)

    def tofile(self, f):
        """Writes the machine representation of the items to the binary file f."""
        f.write(self.tobytes())

    def fromfile(self, f, n):
        """Reads n items from the binary file f (EOFError, after appending what there was, if fewer)."""
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = _ITEMSIZE[self._tc]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        """Appends the characters of s to a 'u' array."""
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(list(s))


ArrayType = array
