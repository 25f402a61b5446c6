# Snippet for the 'logging' adapter (implemented in Python, compiled with the program).
import logging
import sys
from logging import (BASIC_FORMAT, CRITICAL, DEBUG, ERROR, FATAL, INFO, NOTSET, WARN, WARNING, BufferingFormatter,
                     FileHandler, Filter, Filterer, Formatter, Handler, LogRecord, Logger, LoggerAdapter, Manager,
                     NullHandler, PlaceHolder, RootLogger, StreamHandler)

print(BASIC_FORMAT, CRITICAL, DEBUG, ERROR, FATAL, INFO, NOTSET, WARN, WARNING)
print(logging.raiseExceptions, logging.logThreads, logging.logMultiprocessing, logging.logProcesses)
print(logging.root is logging.getLogger(), isinstance(logging.root, RootLogger), isinstance(logging.root, Logger))
print(logging.getLevelName(ERROR), logging.getLevelName("DEBUG"), logging.getLevelNamesMapping()["FATAL"])
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), repr(logging.lastResort))
print(logging.getLoggerClass() is Logger, logging.getLogRecordFactory() is LogRecord)


class TaggedLogger(Logger):
    def tagged(self, msg):
        self.info("[tag] " + msg)


logging.setLoggerClass(TaggedLogger)
tl = logging.getLogger("snippet.tagged")
logging.setLoggerClass(Logger)
print(type(tl).__name__, isinstance(Logger.manager, Manager), isinstance(Logger.manager.loggerDict["snippet"], PlaceHolder))

out = StreamHandler(sys.stdout)
out.setFormatter(Formatter("%(levelname)s %(name)s %(message)s"))
tl.addHandler(out)
tl.setLevel(DEBUG)
tl.tagged("hello")
tl.log(25, "notice %d", 1)
print(isinstance(out, Filterer), isinstance(Filter("x"), Filter))

factory_calls = []


def factory(*args, **kwargs):
    factory_calls.append(args[0])
    return LogRecord(*args, **kwargs)


logging.setLogRecordFactory(factory)
tl.warning("through the factory")
logging.setLogRecordFactory(LogRecord)
print(factory_calls)
rec = logging.makeLogRecord({"msg": "made %s", "args": (1,)})
print(rec.getMessage())
bf = BufferingFormatter(Formatter("<%(message)s>"))
print(bf.format([rec, rec]))
ad = LoggerAdapter(tl, {"k": "v"})
ad.debug("adapter %s", "debug")
nh = NullHandler()
quiet = logging.getLogger("quiet")
quiet.addHandler(nh)
quiet.propagate = False
quiet.error("dropped")
print(isinstance(nh, Handler), FileHandler.__name__)

# Logger.exception / exc_info on a stderr handler: the traceback goes to stderr; stdout is unchanged.
errlog = logging.getLogger("errors")
errlog.addHandler(StreamHandler(sys.stderr))
errlog.propagate = False
try:
    {}["missing"]
except KeyError as e:
    errlog.exception("lookup failed: %s", e)
    errlog.error("again", exc_info=True)
    errlog.error("with the exception", exc_info=e)
    print("logged to stderr")

logging.basicConfig(stream=sys.stdout, level=INFO, format="%(levelname)s|%(message)s")
logging.debug("hidden")
logging.info("info %s", "shown")
logging.warning("warning")
logging.warn("warn")
logging.error("error")
logging.critical("critical")
logging.fatal("fatal")
logging.log(25, "log")
logging.disable(ERROR)
logging.error("disabled")
logging.disable(NOTSET)
logging.shutdown()
