"""tempfile for compiled programs: gettempdir, gettempprefix, mkdtemp, TemporaryDirectory, NamedTemporaryFile,
TemporaryFile.

Py2Wasm implements this module in Python (a mapping adapter with Python source), from CPython 3.11's documented
behaviour. The temporary directory is chosen as CPython does (TMPDIR, TEMP, TMP, /tmp, /var/tmp, /usr/tmp, the
working directory: the first where a file can be created; under WASI only the preopened working directory
qualifies). Names are random, as in CPython, from their own generator (the random module's state is untouched).
Known differences: NamedTemporaryFile and TemporaryFile return a wrapper around a file opened with open() (for
TemporaryFile its name is the path, not a file descriptor, and the file is removed when closed); mkstemp and
mktemp (which work on file descriptors) and SpooledTemporaryFile are not provided; a TemporaryDirectory that is
never cleaned up is not removed when the object dies.
"""

import os
import random
import shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkdtemp", "gettempdir", "gettempprefix",
           "tempdir", "template"]

template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = random.Random()
    return "".join([_rng.choice(_CHARACTERS) for _ in range(8)])


def _candidate_tempdir_list():
    dirlist = []
    for envname in ("TMPDIR", "TEMP", "TMP"):
        dirname = os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(os.getcwd())
    except OSError:
        dirlist.append(os.curdir)
    return dirlist


def _get_default_tempdir():
    dirlist = _candidate_tempdir_list()
    for d in dirlist:
        if d != os.curdir:
            d = os.path.abspath(d)
        for seq in range(100):
            filename = os.path.join(d, _random_name())
            try:
                with open(filename, "xb") as f:
                    f.write(b"blat")
                os.unlink(filename)
                return d
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % dirlist)


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return template


def gettempdir():
    """The directory temporary files go to."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return os.fspath(prefix), os.fspath(suffix), os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory with a unique random name; return its path."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for seq in range(10000):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(file)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(17, "No usable temporary directory name found")


def _create_file(mode, suffix, prefix, dir, encoding, newline, errors):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for seq in range(10000):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            open(name, "xb").close()
        except FileExistsError:
            continue
        if "b" in mode:
            return name, open(name, mode)
        return name, open(name, mode, encoding=encoding, newline=newline, errors=errors)
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file opened with open() on a temporary path, removed on close when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    @property
    def mode(self):
        return self.file.mode

    def __enter__(self):
        if self.file.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        for line in self.file:
            yield line

    def write(self, s):
        return self.file.write(s)

    def writelines(self, lines):
        return self.file.writelines(lines)

    def read(self, *args):
        return self.file.read(*args)

    def readline(self, *args):
        return self.file.readline(*args)

    def readlines(self, *args):
        return self.file.readlines(*args)

    def seek(self, *args):
        return self.file.seek(*args)

    def tell(self):
        return self.file.tell()

    def flush(self):
        return self.file.flush()

    def truncate(self, *args):
        return self.file.truncate(*args)

    def readable(self):
        return self.file.readable()

    def writable(self):
        return self.file.writable()

    def seekable(self):
        return self.file.seekable()


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    """A temporary file with a visible name (.name), removed when closed if delete is true."""
    if buffering != -1:
        raise NotImplementedError("NamedTemporaryFile(buffering=...) is not supported by compiled code")
    name, f = _create_file(mode, suffix, prefix, dir, encoding, newline, errors)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """A temporary file, removed when closed."""
    if buffering != -1:
        raise NotImplementedError("TemporaryFile(buffering=...) is not supported by compiled code")
    name, f = _create_file(mode, suffix, prefix, dir, encoding, newline, errors)
    return _TemporaryFileWrapper(f, name, True)


class TemporaryDirectory:
    """A temporary directory (mkdtemp), removed with its contents by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return None

    def cleanup(self):
        if not self._done:
            self._done = True
            if os.path.exists(self.name):
                shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
