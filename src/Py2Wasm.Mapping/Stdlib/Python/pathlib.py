"""pathlib for compiled programs: POSIX paths (PurePath, PurePosixPath, Path, PosixPath).

Py2Wasm implements this module in Python (a mapping adapter with Python source), from CPython 3.11's documented
behaviour: a path is a root ('' or '/', '//' kept as POSIX allows) and a list of parts with '' and '.' dropped.
The file-system methods go through the os module. Windows flavours, home()/expanduser(), owner()/group(),
chmod/lchmod, symlink/hardlink methods, readlink, samefile, is_mount and as_uri are not provided.
resolve() normalises the absolute path without following symbolic links. touch() on an existing file rewrites
its contents to update the modification time.
"""

import os
import fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse(args):
    """The (root, parts) of the path made by joining args, as PurePosixPath does."""
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a_root = a._root
            a_parts = a._tail
        else:
            if isinstance(a, str):
                s = a
            else:
                s = os.fspath(a)
                if not isinstance(s, str):
                    raise TypeError("argument should be a str object or an os.PathLike object returning str, not "
                                    + repr(type(s)))
            a_root = ""
            if s.startswith("/"):
                if s.startswith("//") and not s.startswith("///"):
                    a_root = "//"
                else:
                    a_root = "/"
            a_parts = [p for p in s.split("/") if p and p != "."]
        if a_root:
            root = a_root
            parts = list(a_parts)
        else:
            parts.extend(a_parts)
    return root, parts


class _PathParents:
    """The logical ancestors of a path (path.parents)."""

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        n = len(self._tail)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._path._from_parts(self._root, self._tail[:n - idx - 1])

    def __iter__(self):
        for i in range(len(self._tail)):
            yield self[i]

    def __repr__(self):
        return "<" + type(self._path).__name__ + ".parents>"


class PurePath:
    """A path without file-system access; PurePath(...) makes a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        root, parts = _parse(args)
        self._root = root
        self._tail = parts
        self._str = None
        return self

    def _from_parts(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._tail = list(parts)
        p._str = None
        return p

    def _make_child_relpath(self, name):
        return self._from_parts(self._root, self._tail + [name])

    def __str__(self):
        if self._str is None:
            s = self._root + "/".join(self._tail)
            self._str = s if s else "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.as_posix()) + ")"

    def _cparts(self):
        if self._root:
            return [self._root] + self._tail
        return list(self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts() == other._cparts()

    def __ne__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts() != other._cparts()

    def __hash__(self):
        return hash(tuple(self._cparts()))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts() < other._cparts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts() <= other._cparts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts() > other._cparts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts() >= other._cparts()

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._cparts())

    @property
    def name(self):
        if not self._tail:
            return ""
        return self._tail[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        root, parts = _parse([self] + list(args))
        return self._from_parts(root, parts)

    def __truediv__(self, key):
        if not isinstance(key, (str, PurePath)) and not hasattr(key, "__fspath__"):
            return NotImplemented
        return self.joinpath(key)

    def __rtruediv__(self, key):
        if not isinstance(key, (str, PurePath)) and not hasattr(key, "__fspath__"):
            return NotImplemented
        root, parts = _parse([key, self])
        return self._from_parts(root, parts)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _parse([name])
        if not name or name[-1] == "/" or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name))
        return self._from_parts(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parts(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        if self._root:
            abs_parts = ["", self._root] + self._tail
        else:
            abs_parts = list(self._tail)
        to_root, to_parts = _parse(other)
        if to_root:
            to_abs_parts = ["", to_root] + to_parts
        else:
            to_abs_parts = list(to_parts)
        n = len(to_abs_parts)
        if n == 0:
            bad = bool(self._root)
        else:
            bad = abs_parts[:n] != to_abs_parts
        if bad:
            formatted = to_root + "/".join(to_parts)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parts(self._root if n == 1 else "", abs_parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        root, pat_parts = _parse([path_pattern])
        if root:
            pat_parts = [root] + pat_parts
        if not pat_parts:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._cparts()
        if root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        i = len(parts) - 1
        j = len(pat_parts) - 1
        while i >= 0 and j >= 0:
            if not fnmatch.fnmatchcase(parts[i], pat_parts[j]):
                return False
            i -= 1
            j -= 1
        return True


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""


def _is_wildcard(pat):
    return "*" in pat or "?" in pat or "[" in pat


def _select(parent, parts, index):
    """CPython's glob selectors: the paths below parent matched by parts[index:], depth first in directory order."""
    if index == len(parts):
        yield parent
        return
    pat = parts[index]
    if not pat:
        yield parent
        return
    dironly = index + 1 < len(parts)
    if pat == "**":
        yielded = set()
        for start in _iterate_directories(parent):
            for p in _select(start, parts, index + 1):
                if p not in yielded:
                    yield p
                    yielded.add(p)
    elif "**" in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _is_wildcard(pat):
        try:
            names = os.listdir(parent)
        except PermissionError:
            return
        for name in names:
            child = parent._make_child_relpath(name)
            if dironly and not os.path.isdir(child):
                continue
            if fnmatch.fnmatchcase(name, pat):
                for p in _select(child, parts, index + 1):
                    yield p
    else:
        child = parent._make_child_relpath(pat)
        if os.path.isdir(child) if dironly else child.exists():
            for p in _select(child, parts, index + 1):
                yield p


def _iterate_directories(parent):
    yield parent
    try:
        names = os.listdir(parent)
    except PermissionError:
        return
    for name in names:
        child = parent._make_child_relpath(name)
        if os.path.isdir(child) and not os.path.islink(child):
            for p in _iterate_directories(child):
                yield p


def _glob_parts(pattern):
    root, parts = _parse([pattern])
    if root:
        raise NotImplementedError("Non-relative patterns are unsupported")
    if pattern and pattern[-1] == "/":
        parts.append("")
    return parts


class Path(PurePath):
    """A path with file-system access; Path(...) makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        root, parts = _parse(args)
        self._root = root
        self._tail = parts
        self._str = None
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        try:
            os.stat(self)
        except (FileNotFoundError, NotADirectoryError):
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        parts = _glob_parts(pattern)
        if not os.path.isdir(self):
            return
        for p in _select(self, parts, 0):
            yield p

    def rglob(self, pattern):
        parts = ["**"] + _glob_parts(pattern)
        if not os.path.isdir(self):
            return
        for p in _select(self, parts, 0):
            yield p

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(self)
        return type(self)(os.path.normpath(os.path.abspath(str(self))))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if buffering != -1:
            raise NotImplementedError("Path.open(): buffering is not supported by compiled code")
        if "b" in mode:
            return open(self, mode)
        return open(self, mode, encoding=encoding, errors=errors, newline=newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(data).__name__)
        with self.open(mode="wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if os.path.exists(self):
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            if os.path.isfile(self):
                with open(self, "rb") as f:
                    data = f.read()
                with open(self, "wb") as f:
                    f.write(data)
            return
        with open(self, "ab"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)


class PosixPath(Path, PurePosixPath):
    """A Path with POSIX semantics."""
