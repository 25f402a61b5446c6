# Catch order matters: subclasses must come before base classes; tuples of exception types;
# except Exception vs BaseException; exceptions as values in a dict dispatch.


class AppError(Exception):
    code = 1


class NetworkError(AppError):
    code = 2


class TimeoutError_(NetworkError):
    code = 3


class DataError(AppError, ValueError):
    code = 4


def raise_it(kind):
    raise {"app": AppError, "net": NetworkError, "timeout": TimeoutError_, "data": DataError,
           "value": ValueError, "key": KeyError}[kind](f"{kind} failed")


def handle(kind):
    try:
        raise_it(kind)
    except TimeoutError_ as e:
        return f"timeout handler ({e.code})"
    except NetworkError as e:
        return f"network handler ({e.code})"
    except (DataError, KeyError) as e:
        return f"data/key handler: {type(e).__name__}"
    except AppError as e:
        return f"app handler ({e.code})"
    except Exception as e:
        return f"generic handler: {e!r}"


for k in ["app", "net", "timeout", "data", "value", "key"]:
    print(f"{k:8} -> {handle(k)}")
print([c.__name__ for c in DataError.__mro__])
try:
    raise_it("data")
except ValueError as e:
    print("caught DataError as ValueError:", e)
