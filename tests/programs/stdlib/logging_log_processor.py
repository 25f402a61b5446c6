# A log-processing tool: parses access-log lines, reports through a logger hierarchy whose handlers write to
# sys.stdout with custom Formatter subclasses, level filtering, a Filter, an in-memory handler and propagation.
import logging
import sys

LINES = [
    "2024-03-01 GET /index.html 200 512",
    "2024-03-01 GET /missing 404 0",
    "2024-03-01 POST /api/login 200 128",
    "garbage line",
    "2024-03-02 GET /api/items 500 64",
    "2024-03-02 DELETE /api/items/7 403 0",
    "2024-03-02 GET /index.html 200 abc",
]


class ColumnFormatter(logging.Formatter):
    """Pads the level name and shows the last part of the logger's name."""

    def format(self, record):
        short = record.name.rsplit(".", 1)[-1]
        return "%-7s [%s] %s" % (record.levelname, short, record.getMessage())


class StatusFilter(logging.Filter):
    def filter(self, record):
        return getattr(record, "status", 0) != 403


class Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.seen = []

    def emit(self, record):
        self.seen.append((record.levelno, self.format(record)))


root_handler = logging.StreamHandler(sys.stdout)
root_handler.setFormatter(logging.Formatter("root> %(levelname)s:%(name)s:%(message)s"))
logging.getLogger().addHandler(root_handler)

app = logging.getLogger("logtool")
app.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(ColumnFormatter())
out.setLevel(logging.INFO)
app.addHandler(out)
app.propagate = False

parser_log = logging.getLogger("logtool.parser")
stats_log = logging.getLogger("logtool.stats")
collector = Collector()
collector.setFormatter(logging.Formatter("{levelname}/{name}: {message}", style="{"))
stats_log.addHandler(collector)
stats_log.addFilter(StatusFilter())

print(parser_log.parent is app, app.parent is logging.getLogger(), parser_log.getEffectiveLevel())
print(repr(app), repr(out))

totals = {}
errors = 0
for number, line in enumerate(LINES, 1):
    parts = line.split()
    if len(parts) != 5:
        parser_log.warning("line %d: expected 5 fields, got %d", number, len(parts))
        continue
    day, method, path, status, size = parts
    parser_log.debug("line %d: %s %s", number, method, path)
    try:
        nbytes = int(size)
    except ValueError:
        parser_log.error("line %d: bad size %r", number, size)
        continue
    code = int(status)
    totals[day] = totals.get(day, 0) + nbytes
    if code >= 500:
        stats_log.critical("server error on %s", path, extra={"status": code})
        errors += 1
    elif code >= 400:
        stats_log.warning("client error %d on %s", code, path, extra={"status": code})
    else:
        stats_log.info("%(method)s %(path)s ok", {"method": method, "path": path})

for day in sorted(totals):
    app.info("%s: %d bytes", day, totals[day])
print("collected:", collector.seen)
app.setLevel(logging.WARNING)
app.info("hidden: logger level is WARNING")
print(app.isEnabledFor(logging.INFO), app.isEnabledFor(logging.ERROR))

other = logging.getLogger("other.module")
other.warning("goes to the root handler")
other.info("below the root's WARNING level")
logging.getLogger().setLevel(logging.INFO)
other.info("now visible")
logging.disable(logging.WARNING)
other.warning("disabled")
logging.disable(logging.NOTSET)
other.error("%d errors", errors)
