"""shutil for compiled programs: copyfileobj, copyfile, copymode, copy, copy2, copytree, ignore_patterns, rmtree,
move, which, and the exception classes.

Py2Wasm implements this module in Python (a mapping adapter with Python source), from CPython 3.11's documented
behaviour, over the os module. Known differences: copy2 and copytree copy the data and permission bits but not the
access and modification times (the runtime cannot set file times); symlinks=True in copytree, rmtree's onerror
and the archive, chown, disk_usage and terminal functions are not provided. Directory entries are visited in the
order the OS lists them, as CPython's os.scandir gives them. Under WASI, which() finds only commands in the
preopened directory.
"""

import os
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copy", "copy2", "copytree", "move", "rmtree", "Error",
           "SpecialFileError", "ExecError", "ignore_patterns", "which", "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not supported on a special file."""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries fails"""


def copyfileobj(fsrc, fdst, length=0):
    """Copy data from file-like object fsrc to file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        a = os.stat(src)
        b = os.stat(dst)
    except OSError:
        return False
    if a.st_ino or b.st_ino:
        return a.st_ino == b.st_ino and a.st_dev == b.st_dev
    return os.path.normpath(os.path.abspath(src)) == os.path.normpath(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the data of file src to dst; return dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as fsrc:
        data = fsrc.read()
    with open(dst, "wb") as fdst:
        fdst.write(data)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    mode = os.stat(src).st_mode & 0o7777
    if os.stat(dst).st_mode & 0o7777 != mode:
        os.chmod(dst, mode)


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits of src to dst (a file, or a directory to copy into); return the file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """As copy(); CPython also copies the file times, which compiled programs cannot set."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """A function for copytree's ignore argument that ignores names matching any of the glob-style patterns."""
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; return dst."""
    if symlinks:
        raise NotImplementedError("copytree(symlinks=True) is not supported by compiled code")
    names = os.listdir(src)
    if ignore is not None:
        ignored_names = ignore(os.fspath(src), names)
    else:
        ignored_names = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.islink(srcname):
                if not os.path.exists(srcname) and ignore_dangling_symlinks:
                    continue
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree (symbolic links inside are removed, not followed)."""
    if onerror is not None:
        raise NotImplementedError("rmtree(onerror=...) is not supported by compiled code")
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
        os.lstat(path)
    except OSError:
        if ignore_errors:
            return
        raise
    _rmtree(os.fspath(path), ignore_errors)


def _rmtree(path, ignore_errors):
    try:
        names = os.listdir(path)
    except OSError:
        if ignore_errors:
            return
        raise
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            _rmtree(full, ignore_errors)
        else:
            try:
                os.unlink(full)
            except OSError:
                if not ignore_errors:
                    raise
    try:
        os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


def _basename(path):
    path = os.fspath(path)
    return os.path.basename(path.rstrip("/"))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith("/"):
        src += "/"
    if not dst.endswith("/"):
        dst += "/"
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to dst (into it when it is a directory); return the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return None
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            raise
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _access_check(fn, mode):
    try:
        st = os.stat(fn)
    except OSError:
        return False
    if os.path.isdir(fn):
        return False
    bits = st.st_mode
    if mode & 1 and not bits & 0o111:
        return False
    if mode & 2 and not bits & 0o222:
        return False
    if mode & 4 and not bits & 0o444:
        return False
    return True


def which(cmd, mode=1, path=None):
    """The path of the executable cmd found on PATH (or path), or None."""
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = "/bin:/usr/bin"
    if not path:
        return None
    seen = set()
    for d in path.split(":"):
        if d not in seen:
            seen.add(d)
            name = os.path.join(d, cmd)
            if _access_check(name, mode):
                return name
    return None
