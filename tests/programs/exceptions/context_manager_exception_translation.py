# Translating low-level exceptions to domain errors in __exit__ and in contextlib-based managers,
# with chaining preserved; plus suppression counters.
from contextlib import contextmanager


class StorageError(Exception):
    pass


class translate_errors:
    def __init__(self, op):
        self.op = op

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is None or issubclass(et, StorageError):
            return False
        if issubclass(et, (KeyError, IndexError)):
            raise StorageError(f"{self.op}: missing {ev}") from ev
        if issubclass(et, ValueError):
            raise StorageError(f"{self.op}: bad data ({ev})") from ev
        return False


@contextmanager
def counting_suppress(counter, *kinds):
    try:
        yield
    except kinds as e:
        counter[type(e).__name__] = counter.get(type(e).__name__, 0) + 1


store = {"a": "1", "b": "x"}
for key in ["a", "b", "c"]:
    try:
        with translate_errors(f"read {key}"):
            print(key, int(store[key]))
    except StorageError as e:
        print(f"StorageError: {e} (cause: {type(e.__cause__).__name__})")
try:
    with translate_errors("compute"):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError passed through untranslated")
counts = {}
for item in ["1", "2", "x", None, "3", "y"]:
    with counting_suppress(counts, ValueError, TypeError):
        print("parsed", int(item))
print(counts)
