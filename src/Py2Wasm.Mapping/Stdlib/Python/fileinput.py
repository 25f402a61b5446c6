"""fileinput for compiled programs: iterate over the lines of the files named on the command line, or stdin.

Py2Wasm implements this module in Python (a mapping adapter with Python source), following CPython 3.11's
documented behaviour: input(), FileInput, and the module-level filename(), lineno(), filelineno(), fileno(),
isfirstline(), isstdin(), nextfile() and close(). With inplace=True, print() output goes to the file being
read (the original is kept under the backup suffix while it is read, and kept afterwards when backup is given).
openhook is not supported (NotImplementedError).
"""

import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno", "isfirstline", "isstdin",
           "FileInput"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
    """Create the module's FileInput instance and return it (RuntimeError while another one is active)."""
    global _state
    if _state is not None and _state._file is not None:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    return _state


def close():
    """Close the module's FileInput instance."""
    global _state
    state = _state
    _state = None
    if state is not None:
        state.close()


def _active():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    """Lines of a sequence of files (or stdin, named '-'), one after another."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif files is None:
            files = sys.argv[1:]
            if not files:
                files = ("-",)
            else:
                files = tuple(files)
        else:
            files = tuple(files)
            if not files:
                files = ("-",)
        if inplace and "b" in mode:
            raise ValueError("FileInput cannot use binary mode when inplace=True")
        if openhook is not None:
            raise NotImplementedError("fileinput: openhook is not supported by compiled code")
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._backupfilename = None
        self._output = None
        self._savestdout = None
        self._mode = mode
        self._encoding = encoding
        self._errors = errors
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                raise StopIteration
            self.nextfile()

    def nextfile(self):
        savestdout = self._savestdout
        self._savestdout = None
        if savestdout:
            sys.stdout = savestdout
        output = self._output
        self._output = None
        try:
            if output:
                output.close()
        finally:
            file = self._file
            self._file = None
            try:
                if file and not self._isstdin:
                    file.close()
            finally:
                backupfilename = self._backupfilename
                self._backupfilename = None
                if backupfilename and not self._backup:
                    try:
                        os.unlink(backupfilename)
                    except OSError:
                        pass
                self._isstdin = False

    def readline(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def _readline(self):
        if self._file is None:
            if not self._files:
                if "b" in self._mode:
                    return b""
                return ""
            self._filename = self._files[0]
            self._files = self._files[1:]
            self._startlineno = self.lineno()
            self._filelineno = 0
            self._isstdin = False
            if self._filename == "-":
                self._filename = "<stdin>"
                if "b" in self._mode:
                    self._file = sys.stdin.buffer
                else:
                    self._file = sys.stdin
                self._isstdin = True
            elif self._inplace:
                self._backupfilename = self._filename + (self._backup or ".bak")
                try:
                    os.unlink(self._backupfilename)
                except OSError:
                    pass
                os.rename(self._filename, self._backupfilename)
                self._file = open(self._backupfilename, "r", encoding=self._encoding, errors=self._errors)
                self._output = open(self._filename, "w", encoding=self._encoding, errors=self._errors)
                self._savestdout = sys.stdout
                sys.stdout = self._output
            else:
                if "b" in self._mode:
                    self._file = open(self._filename, "rb")
                else:
                    self._file = open(self._filename, "r", encoding=self._encoding, errors=self._errors)
        return self._file.readline()

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            return self._file.fileno()
        return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin
