"""Logging to a StringIO stream with formatters, levels, filters and child loggers."""
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
logger = logging.getLogger("bench")
logger.addHandler(handler)
logger.setLevel(logging.WARNING)
logger.propagate = False

FORMAT = "important: %s"
MESSAGE = "some important information to be logged"


def silent(n):
    for _ in range(n):
        logger.debug(MESSAGE)
        logger.info(FORMAT, MESSAGE)


def simple(n):
    for i in range(n):
        logger.warning(MESSAGE)


def formatted(n):
    for i in range(n):
        logger.warning(FORMAT, i)


silent(2000)
simple(100)
formatted(100)
lines = stream.getvalue().splitlines()
print(len(lines), lines[0], lines[-1], sep="\n")

stream2 = io.StringIO()
h2 = logging.StreamHandler(stream2)
h2.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s (%(levelno)d) %(message)s"))
app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
app.addHandler(h2)
app.propagate = False
db = logging.getLogger("app.db")
db.debug("connect %s:%d", "localhost", 5432)
db.info("query took %.3f ms", 1.23456)
app.error("failure %r", {"code": 7})


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


h2.addFilter(OnlyEven())
for i in range(5):
    app.warning("n=%d", i)
h2.removeFilter(h2.filters[0])
try:
    1 / 0
except ZeroDivisionError:
    app.exception("boom")
out = stream2.getvalue()
for line in out.splitlines():
    if line.startswith("  File"):
        continue
    print(line)
print(db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG), logger.isEnabledFor(logging.INFO))
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("ERROR"))
print(db.name, db.parent.name, logging.getLogger("app") is app)

s3 = io.StringIO()
h3 = logging.StreamHandler(s3)
h3.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
lg = logging.getLogger("brace")
lg.addHandler(h3)
lg.propagate = False
lg.setLevel(logging.INFO)
lg.info("hello %s", "world")
lg.critical("level %d", 50)
adapter = logging.LoggerAdapter(lg, {"user": "bob"})
adapter.warning("adapted")
print(s3.getvalue(), end="")
