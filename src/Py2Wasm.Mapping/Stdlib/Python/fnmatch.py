"""fnmatch for compiled programs: Unix shell-style wildcards (*, ?, [seq], [!seq]).

Py2Wasm implements this module in Python (a mapping adapter with Python source): the compiler compiles it with each
program that imports it. translate() returns CPython 3.11's regular expression text. Matching does
not go through the regular expression: each pattern is compiled once into a list of glob items (a character, any
character, any run of characters, a character set with ranges) whose sets are read from the translated set text with
the regular expression engine's rules, so a name matches exactly when CPython's compiled expression matches it.
os.path.normcase is the identity (POSIX), so fnmatch() is fnmatchcase().
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}

_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def _escape(c):
    if c in _SPECIAL:
        return "\\" + c
    return c


def _check_path(value):
    if isinstance(value, str) or isinstance(value, bytes):
        return value
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(value).__name__)


def fnmatch(name, pat):
    """Test whether name matches the shell pattern pat (os.path.normcase is the identity on POSIX)."""
    name = _check_path(name)
    pat = _check_path(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The subset of names that match the shell pattern pat."""
    pat = _check_path(pat)
    items = _compile(pat)
    result = []
    for name in names:
        if _matches(items, name, pat):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively and without normcase."""
    items = _compile(pat)
    return _matches(items, name, pat)


def _matches(items, name, pat):
    if isinstance(pat, bytes):
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        name = name.decode("latin-1")
    elif not isinstance(name, str):
        raise TypeError("expected string or bytes-like object, got '" + type(name).__name__ + "'")
    return _glob_match(items, name)


def _compile(pat):
    key = (type(pat).__name__, pat)
    items = _cache.get(key)
    if items is None:
        if isinstance(pat, bytes):
            text = pat.decode("latin-1")
        else:
            text = pat
        items = _glob_items(text)
        _cache[key] = items
    return items


def _bracket_end(pat, i, n):
    """Index of the ']' closing a set whose contents start at i, or n when there is none."""
    j = i
    if j < n and pat[j] == "!":
        j += 1
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    return j


def _set_text(pat, i, j):
    """The regular-expression text of the set pat[i:j] (without the brackets), as CPython's translate builds it."""
    stuff = pat[i:j]
    if "-" not in stuff:
        stuff = stuff.replace("\\", "\\\\")
    else:
        chunks = []
        start = i
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k = k + 3
        last = pat[start:j]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += "-"
        # A range whose bounds are reversed matches nothing: drop it.
        k = len(chunks) - 1
        while k > 0:
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
            k -= 1
        stuff = "-".join([c.replace("\\", "\\\\").replace("-", "\\-") for c in chunks])
    out = []
    for c in stuff:
        if c == "&" or c == "~" or c == "|":
            out.append("\\")
        out.append(c)
    return "".join(out)


def _set_item(stuff):
    """A glob item for the regular-expression set text stuff, or a plain item for the special cases."""
    if not stuff:
        return ("never",)
    if stuff == "!":
        return ("any",)
    negate = False
    if stuff[0] == "!":
        negate = True
        stuff = stuff[1:]
    # Read the set as the regular expression engine does: escapes are literals, 'a-b' is a range.
    singles = []
    ranges = []
    pos = 0
    n = len(stuff)
    while pos < n:
        c = stuff[pos]
        if c == "\\" and pos + 1 < n:
            c = stuff[pos + 1]
            pos += 2
        else:
            pos += 1
        if pos < n and stuff[pos] == "-" and pos + 1 < n:
            pos += 1
            d = stuff[pos]
            if d == "\\" and pos + 1 < n:
                d = stuff[pos + 1]
                pos += 2
            else:
                pos += 1
            ranges.append((c, d))
        else:
            singles.append(c)
    return ("set", negate, "".join(singles), ranges)


def _glob_items(pat):
    items = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not items or items[-1][0] != "star":
                items.append(("star",))
        elif c == "?":
            items.append(("any",))
        elif c == "[":
            j = _bracket_end(pat, i, n)
            if j >= n:
                items.append(("char", "["))
            else:
                stuff = _set_text(pat, i, j)
                i = j + 1
                items.append(_set_item(stuff))
        else:
            items.append(("char", c))
    return items


def _item_matches(item, ch):
    kind = item[0]
    if kind == "char":
        return item[1] == ch
    if kind == "any":
        return True
    if kind == "never":
        return False
    found = ch in item[2]
    if not found:
        for r in item[3]:
            if r[0] <= ch <= r[1]:
                found = True
                break
    return found != item[1]


def _glob_match(items, name):
    """Whether items match all of name; a 'star' matches any run of characters (newlines too)."""
    n = len(name)
    m = len(items)
    pi = 0
    ni = 0
    star_pi = -1
    star_ni = 0
    while ni < n:
        if pi < m and items[pi][0] == "star":
            star_pi = pi
            star_ni = ni
            pi += 1
        elif pi < m and _item_matches(items[pi], name[ni]):
            pi += 1
            ni += 1
        elif star_pi >= 0:
            star_ni += 1
            ni = star_ni
            pi = star_pi + 1
        else:
            return False
    while pi < m and items[pi][0] == "star":
        pi += 1
    return pi == m


def translate(pat):
    """The regular expression (as CPython 3.11 writes it) that matches what the shell pattern pat matches."""
    STAR = None
    res = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not res or res[-1] is not STAR:
                res.append(STAR)
        elif c == "?":
            res.append(".")
        elif c == "[":
            j = _bracket_end(pat, i, n)
            if j >= n:
                res.append("\\[")
            else:
                stuff = _set_text(pat, i, j)
                i = j + 1
                if not stuff:
                    res.append("(?!)")
                elif stuff == "!":
                    res.append(".")
                else:
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] == "^" or stuff[0] == "[":
                        stuff = "\\" + stuff
                    res.append("[" + stuff + "]")
        else:
            res.append(_escape(c))
    out = []
    k = 0
    m = len(res)
    while k < m and res[k] is not STAR:
        out.append(res[k])
        k += 1
    while k < m:
        k += 1
        if k == m:
            out.append(".*")
            break
        fixed = []
        while k < m and res[k] is not STAR:
            fixed.append(res[k])
            k += 1
        fixed_text = "".join(fixed)
        if k == m:
            out.append(".*")
            out.append(fixed_text)
        else:
            out.append("(?>.*?" + fixed_text + ")")
    return "(?s:" + "".join(out) + ")\\Z"
