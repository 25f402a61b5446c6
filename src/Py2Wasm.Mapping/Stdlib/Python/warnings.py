"""warnings for compiled programs: warn, the filter list (filterwarnings, simplefilter, resetwarnings), the actions
'error', 'ignore', 'always', 'default', 'module' and 'once', catch_warnings (with record=True) and the hooks
showwarning/formatwarning, written from the documented behaviour of CPython 3.11's warnings module.

A compiled program has no frames, so warn() cannot know the location (file, line, module) it was called from:
- the message written to stderr reads '<unknown>:0: Category: message' (CPython shows the caller's file and line,
  then the source line), and WarningMessage.filename/lineno are '<unknown>' and 0;
- 'default' and 'module' show a warning once per (message, category) rather than once per location;
- the module is taken to be '__main__', so CPython's default filters show DeprecationWarning as they do for code in
  the main script; filterwarnings with a module or lineno pattern raises NotImplementedError, as such a filter
  could not be matched. warn_explicit, which is given a location, follows CPython exactly.
"""
import sys
import re

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

_filters_version = [1]
# The registry warn() uses (one for the whole program: the calling module is not known).
_main_registry = {}
# While a catch_warnings(record=True) block runs: the list the shown warnings are appended to.
_recording = [None]


def _filters_mutated():
    _filters_version[0] = _filters_version[0] + 1


class WarningMessage:
    """One warning as showwarning receives it (what catch_warnings(record=True) collects)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        if category:
            self._category_name = category.__name__
        else:
            self._category_name = None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """'file:line: Category: message' and a newline, then the source line (stripped, indented by 2) if known."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        line = line.strip()
        if line:
            s += "  %s\n" % line
    return s


def _showwarning_default(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


showwarning = _showwarning_default
_showwarning_orig = _showwarning_default


def _showwarnmsg(msg):
    log = _recording[0]
    if log is not None and showwarning is _showwarning_orig:
        log.append(msg)
        return
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _check_category(category):
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Inserts a filter at the front of the list (at the end when append is true): action for warnings whose
    message matches the regex message (case-insensitively) and whose class is a subclass of category."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    if module or lineno:
        raise NotImplementedError("py2wasm: a warnings filter on the calling module or line cannot be matched in "
                                  "compiled programs (they do not know where warn() was called from)")
    if message:
        compiled = re.compile(message, re.I)
    else:
        compiled = None
    _add_filter(action, compiled, category, None, lineno, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Inserts a filter matching every message of category (and its subclasses)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    if lineno:
        raise NotImplementedError("py2wasm: a warnings filter on the calling line cannot be matched in compiled "
                                  "programs (they do not know where warn() was called from)")
    _add_filter(action, None, category, None, lineno, append)


def _add_filter(action, message, category, module, lineno, append):
    item = (action, message, category, module, lineno)
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Empties the filter list (every warning then takes the default action)."""
    del filters[:]
    _filters_mutated()


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issues a warning: message is a string (shown as category, UserWarning by default) or a Warning instance."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    _check_category(category)
    _warn_at(message, category, "<unknown>", 0, "__main__", _main_registry, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning as if from filename:lineno in module (registry records what was already shown)."""
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    _warn_at(message, category, filename, lineno, module, registry, source)


def _warn_at(message, category, filename, lineno, module, registry, source):
    lineno = int(lineno)
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version[0]:
        registry.clear()
        registry["version"] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = defaultaction
    for item in filters:
        action_i, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or _module_matches(mod, module)) and (ln == 0 or lineno == ln)):
            action = action_i
            break
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def _module_matches(mod, module):
    if isinstance(mod, str):
        return mod == module
    return bool(mod.match(module))


class catch_warnings:
    """A context manager that saves the filters and showwarning on entry and restores them on exit; with
    record=True, the warnings shown in the block are collected in the list __enter__ returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._saved_filters = None
        self._saved_showwarning = None
        self._saved_recording = None
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_showwarning = showwarning
        self._saved_recording = _recording[0]
        _filters_mutated()
        log = None
        if self._record:
            log = []
            _recording[0] = log
            showwarning = _showwarning_orig
        if self._filter is not None:
            simplefilter(self._filter[0], self._filter[1], self._filter[2], self._filter[3])
        return log

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._saved_filters
        _filters_mutated()
        showwarning = self._saved_showwarning
        _recording[0] = self._saved_recording
