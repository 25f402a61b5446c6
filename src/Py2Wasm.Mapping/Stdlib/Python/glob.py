"""glob for compiled programs: glob, iglob, escape, has_magic (CPython 3.11's glob.py behaviour, on str paths).

Py2Wasm implements this module in Python (a mapping adapter with Python source). Names are matched with fnmatch;
directory entries come in the order the OS lists them, as CPython's os.scandir gives them. dir_fd is not supported
(NotImplementedError); bytes patterns are not supported (TypeError).
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """The list of paths matching pathname (a shell pattern; '**' matches any depth when recursive is true)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """An iterator over the paths matching pathname."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by compiled code")
    pathname = _check(pathname)
    if root_dir is not None:
        root_dir = _check(root_dir)
    else:
        root_dir = ""
    it = _iglob(pathname, root_dir, recursive, False)
    if not pathname or recursive and pathname[:2] == "**":
        return _skip_empty(it)
    return it


def _check(p):
    p = os.fspath(p)
    if not isinstance(p, str):
        raise TypeError("compiled glob supports str paths only")
    return p


def _skip_empty(it):
    first = True
    for s in it:
        if first:
            first = False
            if not s:
                continue
        yield s


def _iglob(pathname, root_dir, recursive, dironly):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            if os.path.isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            for x in _glob2(root_dir, basename, dironly):
                yield x
        else:
            for x in _glob1(root_dir, basename, dironly):
                yield x
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == "**":
            kind = 2
        else:
            kind = 1
    else:
        kind = 0
    for d in dirs:
        where = _join(root_dir, d)
        if kind == 2:
            names = _glob2(where, basename, dironly)
        elif kind == 1:
            names = _glob1(where, basename, dironly)
        else:
            names = _glob0(where, basename, dironly)
        for name in names:
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly):
    names = _listdir(dirname, dironly)
    if not pattern.startswith("."):
        names = [x for x in names if not x.startswith(".")]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    else:
        if os.path.isdir(dirname):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly):
    yield ""
    for x in _rlistdir(dirname, dironly):
        yield x


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or ".")
    except OSError:
        return []
    if not dironly:
        return names
    base = dirname or "."
    return [n for n in names if os.path.isdir(os.path.join(base, n))]


def _rlistdir(dirname, dironly):
    names = _listdir(dirname, dironly)
    for x in names:
        if not x.startswith("."):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly):
                yield _join(x, y)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    """Whether s contains one of the glob characters * ? [."""
    if isinstance(s, bytes):
        return b"*" in s or b"?" in s or b"[" in s
    return "*" in s or "?" in s or "[" in s


def escape(pathname):
    """pathname with the glob characters * ? [ quoted as [*] [?] [[]."""
    out = []
    for c in pathname:
        if c == "*" or c == "?" or c == "[":
            out.append("[" + c + "]")
        else:
            out.append(c)
    return "".join(out)
