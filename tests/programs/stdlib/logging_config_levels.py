# logging: level names and numbers, the logger hierarchy (placeholders fixed up later), handlers and filters,
# Formatter styles, LoggerAdapter, disable, basicConfig (auto-configured, ignored, forced) and argument errors.
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
root = logging.getLogger()
print(root, root.level, root.name, logging.getLogger("root") is root)
a = logging.getLogger("app")
ab = logging.getLogger("app.db.conn")
print(ab.parent is a, a.parent is root, repr(ab))
mid = logging.getLogger("app.db")
print(ab.parent is mid, mid.parent is a)
print(a.getEffectiveLevel(), a.isEnabledFor(logging.INFO), a.isEnabledFor(logging.ERROR))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
a.addHandler(h)
a.setLevel("DEBUG")
print(h)
ab.debug("connecting to %s:%d", "localhost", 5432)
ab.info("dict %(x)s and %(y)s", {"x": 1, "y": 2})
mid.warning("plain %s")
a.log(15, "custom level %d", 15)
a.propagate = False
a.error("not propagated")

class Upper(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return "secret" not in record.msg.lower()

h.addFilter(Upper())
a.info("filtered ok")
a.info("a secret")
h.removeFilter(h.filters[0])

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

lh = ListHandler()
lh.setLevel(logging.WARNING)
lh.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
mid.addHandler(lh)
ab.info("info to both?")
ab.warning("warn %s", [1, 2])
print(lh.records)
a.addFilter(logging.Filter("app.db"))
a.info("blocked by app.db filter on a")
mid.info("mid passes? (filters only on logger of origin)")
logging.disable(logging.INFO)
ab.info("disabled")
ab.warning("not disabled")
logging.disable(logging.NOTSET)
print(a.hasHandlers(), logging.getLogger("other").hasHandlers())
adapter = logging.LoggerAdapter(logging.getLogger("app.web"), {"ip": "1.2.3.4"})
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("%(ip)s %(message)s"))
logging.getLogger("app.web").addHandler(h2)
adapter.info("request %d", 7)
print(adapter)
rec = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelname": "X"})
print(rec.getMessage())
print(logging.Formatter("%(levelname)s %(message)s").format(rec))
try:
    logging.Formatter("no fields")
except ValueError as e:
    print(e)
try:
    a.setLevel("LOUD")
except ValueError as e:
    print(e)
print(a.getChild("x").name, root.getChild("y").name)
logging.getLogger("z").warning("to last resort on stderr")
logging.info("no output: root is WARNING")
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.info("root info %s", "now")
logging.basicConfig(stream=sys.stdout, format="ignored %(message)s")
logging.warning("still old format")
logging.basicConfig(stream=sys.stdout, format="[%(levelname)s] %(message)s", force=True)
logging.getLogger("q.r").error("forced")
try:
    logging.basicConfig(stream=sys.stdout, filename="x.log", force=True)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(foo=1, force=True)
except ValueError as e:
    print(e)
print(logging.getLevelNamesMapping()["WARN"], logging.WARN, logging.FATAL, logging.NOTSET)
nh = logging.NullHandler()
logging.getLogger("lib").addHandler(nh)
logging.getLogger("lib").propagate = False
logging.getLogger("lib").error("swallowed")
print(repr(nh), repr(logging.getLogger("lib")))
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
r2 = logging.LogRecord("n", 20, "p", 1, "m %s", ("x",), None)
print(f.format(r2)[:4].isdigit(), f.usesTime(), r2.levelname, r2.message)
try:
    a.log("INFO", "x")
except TypeError as e:
    print(e)
