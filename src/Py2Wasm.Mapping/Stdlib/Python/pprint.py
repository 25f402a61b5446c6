"""pprint for compiled programs: pretty-printing of nested containers with CPython's line breaking.

Py2Wasm implements this module in Python (a mapping adapter with Python source): the compiler compiles it with each
program that imports it. It formats dicts, lists, tuples, sets, frozensets, strings, bytes, dataclass instances and
the collections types (OrderedDict, defaultdict, Counter, deque, ChainMap) as CPython 3.11's pprint does; any other
object is written with its repr().
"""
import re
import sys
from io import StringIO
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), followed by a newline."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object, as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dictionaries kept in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() of object that marks recursive containers instead of looping."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object could be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Sort key that orders values of mutually unorderable types by type name and id, as CPython's pprint does."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_pair_key(pair):
    return (_SafeKey(pair[0]), _SafeKey(pair[1]))


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _is_dataclass_instance(object):
    # CPython formats a dataclass instance field by field only when its repr is the one @dataclass generated; a
    # repr equal to the generated text identifies it without looking at how the method was made.
    if isinstance(object, type) or not hasattr(object, "__dataclass_fields__"):
        return False
    generated = "%s(%s)" % (type(object).__qualname__, ", ".join(
        "%s=%r" % (f.name, getattr(object, f.name)) for f in _dataclass_fields(object) if getattr(f, "repr", True)))
    return repr(object) == generated


def _pack(parts, empty, width, last_allowance):
    """The reprs of runs of consecutive parts, each run as long as its repr fits in width (the last part's run in
    width - last_allowance); a part too wide alone forms its own run."""
    chunks = []
    current = empty
    for j, part in enumerate(parts):
        candidate = current + part
        if j == len(parts) - 1:
            width -= last_allowance
        if len(repr(candidate)) > width:
            if current:
                chunks.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        chunks.append(repr(current))
    return chunks


class PrettyPrinter:
    """Formats objects for display within a width, indenting nested containers."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._readable = True
        self._recursive = False

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        sio = StringIO()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr text, readable, recursive) of object; subclasses may override it to change how values print."""
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            kind = self._kind(object)
            if kind is not None:
                context[objid] = 1
                self._dispatch(kind, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _kind(self, object):
        # CPython picks the formatter by the type's __repr__, so a subclass that keeps its base's repr formats
        # like the base; the exact built-in types are checked first.
        typ = type(object)
        for kind, base in _KINDS:
            if typ is base:
                return kind
        r = getattr(typ, "__repr__", None)
        for kind, base in _KINDS:
            if r is getattr(base, "__repr__", None):
                return kind
        if _is_dataclass_instance(object):
            return "dataclass"
        return None

    def _dispatch(self, kind, object, stream, indent, allowance, context, level):
        if kind in _EMPTY_AS_REPR and not len(object):
            stream.write(repr(object))
            return
        if kind == "dict":
            self._pprint_dict(object, stream, indent, allowance, context, level)
        elif kind == "list":
            stream.write("[")
            self._format_items(object, stream, indent, allowance + 1, context, level)
            stream.write("]")
        elif kind == "tuple":
            stream.write("(")
            endchar = ",)" if len(object) == 1 else ")"
            self._format_items(object, stream, indent, allowance + len(endchar), context, level)
            stream.write(endchar)
        elif kind == "set":
            self._pprint_set(object, stream, indent, allowance, context, level)
        elif kind == "str":
            self._pprint_str(object, stream, indent, allowance, context, level)
        elif kind == "bytes":
            self._pprint_bytes(object, stream, indent, allowance, context, level)
        elif kind == "ordered_dict":
            name = type(object).__name__
            stream.write(name + "(")
            self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
            stream.write(")")
        elif kind == "default_dict":
            self._pprint_default_dict(object, stream, indent, allowance, context, level)
        elif kind == "counter":
            name = type(object).__name__
            stream.write(name + "({")
            if self._indent_per_level > 1:
                stream.write((self._indent_per_level - 1) * " ")
            self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context,
                                    level)
            stream.write("})")
        elif kind == "deque":
            self._pprint_deque(object, stream, indent, allowance, context, level)
        elif kind == "chain_map":
            self._pprint_chain_map(object, stream, indent, allowance, context, level)
        else:
            self._pprint_dataclass(object, stream, indent, allowance, context, level)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_pair_key)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if type(object) is set:
            stream.write("{")
            endchar = "}"
        else:
            name = type(object).__name__
            stream.write(name + "({")
            endchar = "})"
            indent += len(name) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ""
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                # Break the line after runs of whitespace, packing as many words per chunk as fit.
                parts = re.findall(r"\S*\s*", line)
                parts.pop()
                chunks.extend(_pack(parts, "", max_width, allowance if i == len(lines) - 1 else 0))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write("(")
        for i, chunk in enumerate(chunks):
            if i > 0:
                stream.write("\n" + " " * indent)
            stream.write(chunk)
        if level == 1:
            stream.write(")")

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write("(")
        delim = ""
        # Four bytes per part; CPython narrows the last part's width only when it is a partial one.
        parts = [object[i:i + 4] for i in range(0, len(object), 4)]
        for rep in _pack(parts, b"", self._width - indent, allowance if len(object) % 4 else 0):
            stream.write(delim)
            stream.write(rep)
            if not delim:
                delim = "\n" + " " * indent
        if parens:
            stream.write(")")

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        stream.write(name + "(")
        indent += len(name) + 1
        stream.write("[")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, self._repr(object.maxlen, context, level)))

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps) or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i == len(maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name)) for f in _dataclass_fields(object)
                 if getattr(f, "repr", True)]
        stream.write(name + "(")
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            stream.write(key)
            stream.write("=")
            if id(ent) in context:
                stream.write("...")
            else:
                self._format(ent, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(",\n" + " " * indent)
        stream.write(")")

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(": ")
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        delimnl = ",\n" + " " * indent
        delim = ""
        width = max_width = self._width - indent + 1
        entries = list(items)
        last_index = len(entries) - 1
        for i, ent in enumerate(entries):
            last = i == last_index
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.write(delim)
                    delim = ", "
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ is str or typ is float or typ is bool or typ is bytes or typ is complex or object is None:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if typ is int or (isinstance(object, int) and r is int.__repr__):
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if typ is dict or (isinstance(object, dict) and r is dict.__repr__):
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_pair_key)
            else:
                items = list(object.items())
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                components.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[objid]
            return "{%s}" % ", ".join(components), readable, recursive
        is_list = typ is list or (isinstance(object, list) and r is list.__repr__)
        if is_list or typ is tuple or (isinstance(object, tuple) and r is tuple.__repr__):
            if is_list:
                if not object:
                    return "[]", True, False
                template = "[%s]"
            elif len(object) == 1:
                template = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                template = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return template % "...", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                components.append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
            del context[objid]
            return template % ", ".join(components), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False


# The types pprint formats itself (the collections ones taken from instances, whatever their class objects are).
_KINDS = [("dict", dict), ("list", list), ("tuple", tuple), ("set", set), ("set", frozenset), ("str", str),
          ("bytes", bytes), ("ordered_dict", type(OrderedDict())), ("default_dict", type(defaultdict())),
          ("counter", type(Counter())), ("deque", type(deque())), ("chain_map", type(ChainMap()))]


# Kinds CPython writes with repr() when empty, however narrow the width (an empty list, tuple or dict instead
# still gets its indentation padding).
_EMPTY_AS_REPR = ("set", "str", "ordered_dict", "default_dict", "counter", "deque")


def _dataclass_fields(object):
    from dataclasses import fields
    return fields(object)
