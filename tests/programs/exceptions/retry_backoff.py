# A retry decorator with exponential backoff (no sleeping; delays are only computed), exception
# filtering and a give-up callback.
import functools


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(attempts=4, base=0.5, factor=2.0, retry_on=(TransientError,), on_give_up=None):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = base
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except retry_on as e:
                    if attempt == attempts:
                        if on_give_up:
                            on_give_up(fn.__name__, e)
                        raise
                    print(f"  {fn.__name__}: attempt {attempt} failed ({e}); next delay {delay:.2f}s")
                    delay *= factor
        return wrapper
    return deco


script = {"flaky": iter([TransientError("503"), TransientError("timeout"), "ok"]),
          "broken": iter([TransientError("a")] * 10),
          "fatal": iter([PermanentError("bad request")])}


def step(name):
    item = next(script[name])
    if isinstance(item, Exception):
        raise item
    return item


gave_up = []


@retry(on_give_up=lambda name, e: gave_up.append((name, str(e))))
def call(name):
    return step(name)


print(call("flaky"))
for name in ("broken", "fatal"):
    try:
        call(name)
    except (TransientError, PermanentError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
print(gave_up, call.__name__)
