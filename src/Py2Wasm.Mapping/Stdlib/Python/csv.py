"""csv for compiled programs: reading and writing comma-separated values.

Py2Wasm implements this module in Python (a mapping adapter with Python source): the compiler compiles it with each
program that imports it. reader() parses with the state machine CPython's _csv module documents (quoting, doubled
quotes, escape characters, skipinitialspace, strict, multi-line quoted fields); writer() quotes exactly the fields
CPython would. Sniffer is not provided.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab",
           "unix_dialect", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "unregister_dialect", "DictReader", "DictWriter"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    """Raised for malformed input or a row that cannot be written with the dialect."""


class Dialect:
    """A set of formatting parameters; subclass it and set the attributes to describe a format."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        _Params(self, {})


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated tab-delimited file."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems ('\\n' line ends, every field quoted)."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}
_field_limit = 131072


def _char_param(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Params:
    """The validated formatting parameters of a reader or writer: a dialect's attributes overridden by keywords."""

    def __init__(self, dialect, overrides):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in overrides:
                return overrides[name]
            value = getattr(dialect, name, None) if dialect is not None else None
            return default if value is None else value

        for name in overrides:
            if name not in ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                            "lineterminator", "quoting", "strict"):
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        self.delimiter = _char_param("delimiter", pick("delimiter", ","), False)
        self.escapechar = _char_param("escapechar", pick("escapechar", None), True)
        self.doublequote = bool(pick("doublequote", True))
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        self.strict = bool(pick("strict", False))
        quoting = pick("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError("bad \"quoting\" value")
        self.quoting = quoting
        if "quotechar" in overrides and overrides["quotechar"] is None:
            self.quotechar = None
        else:
            self.quotechar = _char_param("quotechar", pick("quotechar", '"'), True)
        lineterminator = pick("lineterminator", "\r\n")
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator


class _DialectView(Dialect):
    """The dialect attribute of a reader or writer."""

    def __init__(self, params):
        self.delimiter = params.delimiter
        self.quotechar = params.quotechar
        self.escapechar = params.escapechar
        self.doublequote = params.doublequote
        self.skipinitialspace = params.skipinitialspace
        self.lineterminator = params.lineterminator
        self.quoting = params.quoting
        self.strict = params.strict


def register_dialect(name, dialect=None, **fmtparams):
    """Associates name with a dialect (a Dialect subclass or instance, or the given parameters)."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    params = _Params(dialect if dialect is not None else excel, fmtparams)
    _dialects[name] = _DialectView(params)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """The largest field the reader accepts; with an argument, sets a new limit and returns the old one."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# Reader states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class _Reader:
    def __init__(self, csvfile, dialect, fmtparams):
        self._input = iter(csvfile)
        self._p = _Params(dialect, fmtparams)
        self.dialect = _DialectView(self._p)
        self.line_num = 0
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD

    def __iter__(self):
        return self

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self._p.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process(self, c):
        # c is one character of the line, or None at the end of each line.
        p = self._p
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == p.quotechar and p.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == p.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and p.skipinitialspace:
                self._state = _START_FIELD
            elif c == p.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                if p.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is None else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is None:
                return
            if c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == p.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == p.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == p.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == p.quotechar and p.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if p.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is None else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if p.quoting != QUOTE_NONE and c == p.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == p.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not p.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (p.delimiter, p.quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in "
                            "universal-newline mode?")


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    if isinstance(value, str):
        return False
    return hasattr(type(value), "__float__") or hasattr(type(value), "__index__")


class _Writer:
    def __init__(self, csvfile, dialect, fmtparams):
        self._file = csvfile
        self._p = _Params(dialect, fmtparams)
        self.dialect = _DialectView(self._p)

    def _quote_field(self, value, quote_empty):
        p = self._p
        if p.quoting == QUOTE_NONNUMERIC:
            quoted = not _is_number(value)
        else:
            quoted = p.quoting == QUOTE_ALL
        text = "" if value is None else str(value)
        out = []
        for c in text:
            want_escape = False
            if c == p.delimiter or c == p.escapechar or c == p.quotechar or c in p.lineterminator:
                if p.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == p.quotechar:
                        if p.doublequote:
                            out.append(p.quotechar)
                        else:
                            want_escape = True
                    elif c == p.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if p.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(p.escapechar)
            out.append(c)
        if not text and quote_empty:
            if p.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        body = "".join(out)
        if quoted:
            if p.quotechar is None:
                raise Error("need to escape, but no escapechar set")
            return p.quotechar + body + p.quotechar
        return body

    def writerow(self, row):
        try:
            values = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        only_empty = len(values) == 1 and (values[0] is None or values[0] == "")
        line = self._p.delimiter.join([self._quote_field(v, only_empty) for v in values])
        return self._file.write(line + self._p.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect="excel", **fmtparams):
    """Iterator over the rows (lists of strings) of csvfile, any iterable of lines."""
    return _Reader(csvfile, dialect, fmtparams)


def writer(csvfile, dialect="excel", **fmtparams):
    """Writer of rows to csvfile, any object with a write(str) method."""
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    """Reads rows as dicts keyed by fieldnames (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, fields in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, **kwds)

    def writeheader(self):
        return self.writer.writerow(list(self.fieldnames))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows([self._dict_to_list(r) for r in rowdicts])
