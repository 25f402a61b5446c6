"""logging for compiled programs: loggers in a dotted-name hierarchy, levels, handlers, filters and formatters.

Py2Wasm implements this module in Python (a mapping adapter with Python source), written from the documented
behaviour of CPython 3.11's logging: getLogger and the root logger, propagation and effective levels, basicConfig,
StreamHandler/FileHandler/NullHandler, Formatter with '%', '{' and '$' styles, Filter, LoggerAdapter, disable and
the module-level functions that configure the root logger on first use.

What a compiled program cannot know is refused loudly rather than printed wrong: a compiled program has no frames, so
a format naming the caller's location (%(pathname)s, %(filename)s, %(module)s, %(funcName)s, %(lineno)d) or the
process and thread ids raises NotImplementedError when the Formatter is made, and so does stack_info. exc_info
(and Logger.exception / logging.exception) works when the record goes to sys.stderr (a StreamHandler on
sys.stderr, basicConfig's default, lastResort): the traceback is CPython's without its position-marker lines
(`~~~^^^`), which compiled programs cannot know; formatting an exception for any other destination raises
NotImplementedError instead of writing a different text. A record that cannot be formatted is reported by
Handler.handleError on stderr without CPython's traceback, and logging goes on.
"""
import os
import _traceback
import sys
import time

__all__ = ["BASIC_FORMAT", "CRITICAL", "DEBUG", "ERROR", "FATAL", "FileHandler", "Filter", "Formatter", "Handler",
           "INFO", "LogRecord", "Logger", "LoggerAdapter", "NOTSET", "NullHandler", "StreamHandler", "WARN",
           "WARNING", "addLevelName", "basicConfig", "critical", "debug", "disable", "error", "fatal",
           "exception", "getLevelName", "getLogger", "getLoggerClass", "info", "log", "makeLogRecord", "setLoggerClass",
           "shutdown", "warn", "warning", "getLevelNamesMapping", "getLogRecordFactory", "setLogRecordFactory",
           "lastResort", "raiseExceptions"]

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_levelToName = {
    CRITICAL: "CRITICAL",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "INFO",
    DEBUG: "DEBUG",
    NOTSET: "NOTSET",
}
_nameToLevel = {
    "CRITICAL": CRITICAL,
    "FATAL": FATAL,
    "ERROR": ERROR,
    "WARN": WARNING,
    "WARNING": WARNING,
    "INFO": INFO,
    "DEBUG": DEBUG,
    "NOTSET": NOTSET,
}

_startTime = time.time()


def getLevelNamesMapping():
    """A copy of the name -> level table."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, or 'Level %s'."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Associates levelName with the number level (both ways)."""
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# Record attributes that only CPython's frames and process can fill in: a format naming them is refused.
_UNSUPPORTED_FIELDS = ["pathname", "filename", "module", "funcName", "lineno", "process", "thread", "taskName"]


class LogRecord:
    """One logged event: the logger's name, the level, the message and its arguments, and when it happened."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        self.threadName = "MainThread"
        self.processName = "MainProcess"

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, "?", "?", self.msg)

    def getMessage(self):
        """The message with its arguments merged in (msg % args)."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes are the dict's items."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    for key in dict:
        setattr(rv, key, dict[key])
    return rv


def _record_fields(record):
    return vars(record)


def _check_fields(fmt, style):
    for field in _UNSUPPORTED_FIELDS:
        if style == "%":
            used = ("%(" + field + ")") in fmt
        elif style == "{":
            used = ("{" + field + "}") in fmt or ("{" + field + ":") in fmt or ("{" + field + "!") in fmt
        else:
            used = ("$" + field) in fmt or ("${" + field + "}") in fmt
        if used:
            raise NotImplementedError("py2wasm: the log record field '%s' is not available in compiled programs "
                                      "(they have no frames or process information)" % field)


_STYLE_DEFAULTS = {
    "%": "%(message)s",
    "{": "{message}",
    "$": "${message}",
}


def _validate_percent(fmt):
    # A %-format must name at least one field: %(name)s with a conversion character after it.
    i = fmt.find("%(")
    found = False
    while i >= 0:
        j = fmt.find(")", i)
        if j < 0:
            break
        k = j + 1
        while k < len(fmt) and fmt[k] in "#0- +0123456789.":
            k += 1
        if k < len(fmt) and fmt[k] in "diouxXeEfFgGcrsa%":
            found = True
        else:
            raise ValueError("Invalid format '%s' for '%%' style" % fmt)
        i = fmt.find("%(", k)
    if not found:
        raise ValueError("Invalid format '%s' for '%%' style" % fmt)


class Formatter:
    """Turns a LogRecord into text with a format string ('%', '{' or '$' style) and a date format."""

    # A staticmethod, so that the compiled class does not bind the function to the instance (CPython's builtin
    # time.localtime does not bind either).
    converter = staticmethod(time.localtime)
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLE_DEFAULTS:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLE_DEFAULTS.keys()))
        if fmt is None:
            fmt = _STYLE_DEFAULTS[style]
        if validate:
            if style == "%":
                _validate_percent(fmt)
            elif style == "{":
                if "{" not in fmt:
                    raise ValueError("invalid format: no fields")
            elif "$" not in fmt:
                raise ValueError("invalid format: no fields")
        _check_fields(fmt, style)
        self._fmt = fmt
        self._style_name = style
        self._defaults = defaults
        self.datefmt = datefmt

    def usesTime(self):
        """True when the format shows asctime."""
        if self._style_name == "%":
            return "%(asctime)" in self._fmt
        if self._style_name == "{":
            return "{asctime" in self._fmt
        return "$asctime" in self._fmt or "${asctime}" in self._fmt

    def formatTime(self, record, datefmt=None):
        """record.created as text: time.strftime(datefmt) or 'YYYY-mm-dd HH:MM:SS,mmm'."""
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        _require_stderr()
        value = ei[1]
        if value is None:
            return "NoneType: None"
        s = _traceback.print_exception(value, None)
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def formatStack(self, stack_info):
        return stack_info

    def formatMessage(self, record):
        values = {}
        if self._defaults:
            values.update(self._defaults)
        values.update(_record_fields(record))
        if self._style_name == "%":
            return self._fmt % values
        if self._style_name == "{":
            return self._fmt.format(**values)
        from string import Template
        return Template(self._fmt).substitute(values)

    def format(self, record):
        """The record as text (sets record.message, and record.asctime when the format shows it)."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            _require_stderr()
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a list of records with a header and a footer around them."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


class Filter:
    """Lets through the records of one logger and its descendants (all records when the name is empty)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == "."


class Filterer:
    """The base of loggers and handlers: a list of filters that a record must all pass."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """True when every filter (an object with .filter or a callable) accepts the record."""
        for f in self.filters:
            if hasattr(f, "filter"):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


_handlers = []


class Handler(Filterer):
    """Sends records somewhere: subclasses override emit(record)."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self.lock = None
        _handlers.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Filters the record and emits it; returns whether it passed the filters."""
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        if self in _handlers:
            _handlers.remove(self)

    def handleError(self, record):
        # CPython also prints the traceback and the call stack here (on stderr), which compiled programs do not have.
        if raiseExceptions:
            sys.stderr.write("--- Logging error ---\n")
            sys.stderr.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))

    def __repr__(self):
        level = getLevelName(self.level)
        return "<%s (%s)>" % (type(self).__name__, level)


class _TracebackNotForStderr(NotImplementedError):
    pass


# True while a handler formats a record that it writes to sys.stderr: only then may a traceback be formatted.
_formatting_for_stderr = False


def _require_stderr():
    if not _formatting_for_stderr:
        raise _TracebackNotForStderr("py2wasm: logging can format an exception (exc_info, Logger.exception) only for a "
                                     "handler writing to sys.stderr: CPython's position markers under the traceback's "
                                     "source lines are not known to compiled programs")


def _format_for(handler, record, to_stderr):
    global _formatting_for_stderr
    saved = _formatting_for_stderr
    _formatting_for_stderr = to_stderr
    try:
        return handler.format(record)
    finally:
        _formatting_for_stderr = saved


def _stream_name(stream):
    if stream is sys.stdout:
        return "<stdout>"
    if stream is sys.stderr:
        return "<stderr>"
    name = getattr(stream, "name", "")
    if name is None:
        return ""
    return str(name)


class StreamHandler(Handler):
    """Writes each formatted record and a terminator ('\\n') to a stream (sys.stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            msg = _format_for(self, record, _traceback.print_exception(None, self.stream))
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except (RecursionError, _TracebackNotForStderr):
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Replaces the stream (flushing the old one); returns the old stream, or None if it is the same."""
        if stream is self.stream:
            return None
        result = self.stream
        self.flush()
        self.stream = stream
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = _stream_name(self.stream)
        if name:
            name += " "
        return "<%s %s(%s)>" % (type(self).__name__, name, level)


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file it opens (mode 'a' by default; at the first record when delay is true)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        filename = str(filename)
        if not os.path.isabs(filename):
            filename = os.path.join(os.getcwd(), filename)
        self.baseFilename = os.path.normpath(filename)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding)

    def close(self):
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None
        Handler.close(self)

    def emit(self, record):
        if self.stream is None:
            self.stream = self._open()
        StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename, level)


class _StderrHandler(StreamHandler):
    # lastResort: writes to whatever sys.stderr is when a record arrives.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)
        self.stream = None

    def emit(self, record):
        try:
            msg = _format_for(self, record, _traceback.print_exception(None, sys.stderr))
            sys.stderr.write(msg + self.terminator)
            sys.stderr.flush()
        except (RecursionError, _TracebackNotForStderr):
            raise
        except Exception:
            self.handleError(record)

    def flush(self):
        pass

    def __repr__(self):
        return "<_StderrHandler <stderr> (%s)>" % getLevelName(self.level)


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """A handler that does nothing (for libraries that leave configuration to the application)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class PlaceHolder:
    # Stands in the logger table for a dotted-name prefix that no logger has been made for yet.
    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


class Manager:
    """Holds the logger hierarchy: the table of loggers by name and the global disable level."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        rv = None
        if name in self.loggerDict:
            rv = self.loggerDict[name]
            if isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
        else:
            rv = (self.loggerClass or _loggerClass)(name)
            rv.manager = self
            self.loggerDict[name] = rv
            self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        self.loggerClass = klass

    def _fixupParents(self, alogger):
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while i > 0 and rv is None:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if rv is None:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in list(ph.loggerMap.keys()):
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        pass


class Logger(Filterer):
    """A named channel: its records go to its handlers and, while propagate is true, to its ancestors' handlers."""

    root = None
    manager = None

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Logs msg % args at an integer level."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            existing = vars(rv)
            for key in extra:
                if key in ["message", "asctime"] or key in existing:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(rv, key, extra[key])
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        if stack_info:
            raise NotImplementedError("py2wasm: stack_info needs the call stack, which compiled programs do not have")
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, "(unknown file)", 0, msg, args, exc_info, None, extra, None)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if not (hdlr in self.handlers):
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        """True when this logger or an ancestor it propagates to has a handler."""
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            c = c.parent
        return rv

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level of the nearest logger (this one, then its ancestors) whose level is set."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        if self.root is not self:
            suffix = ".".join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (type(self).__name__, self.name, level)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root' (level WARNING)."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter:
    """Wraps a logger and passes each call through process(msg, kwargs), which adds the adapter's extra dict."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return "<%s %s (%s)>" % (type(self).__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def setLoggerClass(klass):
    """Makes getLogger create instances of klass (a subclass of Logger)."""
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


def basicConfig(**kwargs):
    """Gives the root logger a handler (a StreamHandler on sys.stderr, or on stream, or a FileHandler on filename)
    with a Formatter (format, datefmt, style) and sets its level, unless it already has handlers (force=True
    removes them first)."""
    force = kwargs.pop("force", False)
    encoding = kwargs.pop("encoding", None)
    errors = kwargs.pop("errors", "backslashreplace")
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        else:
            if "stream" in kwargs or "filename" in kwargs:
                raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", "a")
            if filename:
                h = FileHandler(filename, mode, encoding=encoding, errors=errors)
            else:
                stream = kwargs.pop("stream", None)
                h = StreamHandler(stream)
            handlers = [h]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        if style not in _STYLE_DEFAULTS:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLE_DEFAULTS.keys()))
        if style == "%":
            default_format = BASIC_FORMAT
        elif style == "{":
            default_format = "{levelname}:{name}:{message}"
        else:
            default_format = "${levelname}:${name}:${message}"
        fs = kwargs.pop("format", default_format)
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            keys = ", ".join(kwargs.keys())
            raise ValueError("Unrecognised argument(s): %s" % keys)


def getLogger(name=None):
    """The logger with this dotted name (made on first use), or the root logger for no name."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignores every record at this level or below, in every logger."""
    root.manager.disable = level


def shutdown(handlerList=None):
    """Flushes and closes every handler."""
    if handlerList is None:
        handlerList = _handlers
    for h in list(reversed(handlerList)):
        h.flush()
        h.close()
