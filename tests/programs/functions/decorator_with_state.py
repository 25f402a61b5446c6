# Decorators that keep state: rate limiting by call count, caching with eviction, validation of
# argument types from annotations.
import functools
import inspect


def limit_calls(max_calls):
    def deco(fn):
        count = 0

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            nonlocal count
            if count >= max_calls:
                raise RuntimeError(f"{fn.__name__} called more than {max_calls} times")
            count += 1
            return fn(*args, **kwargs)

        def reset():
            nonlocal count
            count = 0
        wrapper.reset = reset
        return wrapper
    return deco


def typechecked(fn):
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and not isinstance(value, ann):
                raise TypeError(f"{name} must be {ann.__name__}, got {type(value).__name__}")
        return fn(*args, **kwargs)
    return wrapper


@limit_calls(2)
def ping():
    return "pong"


@typechecked
def repeat(text: str, times: int = 2) -> str:
    return text * times


print(ping(), ping())
try:
    ping()
except RuntimeError as e:
    print(e)
ping.reset()
print(ping())
print(repeat("ab"), repeat("x", times=3))
for args in [(5,), ("a", "b")]:
    try:
        repeat(*args)
    except TypeError as e:
        print("TypeError:", e)
