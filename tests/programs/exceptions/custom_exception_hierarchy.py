# A custom exception hierarchy for a config validator; catching by base class, attributes, str().


class ConfigError(Exception):
    """Base class for configuration problems."""


class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f"missing required key {self.key!r}"


class BadValue(ConfigError, ValueError):
    def __init__(self, key, value, expected):
        super().__init__(f"{key}={value!r}: expected {expected}")
        self.key, self.value, self.expected = key, value, expected


class RangeError(BadValue):
    pass


SCHEMA = {"name": str, "port": int, "debug": bool, "workers": int}


def validate(cfg):
    for key, kind in SCHEMA.items():
        if key not in cfg:
            raise MissingKey(key)
        if not isinstance(cfg[key], kind):
            raise BadValue(key, cfg[key], kind.__name__)
    if not 0 < cfg["port"] < 65536:
        raise RangeError("port", cfg["port"], "1..65535")
    return True


configs = [
    {"name": "a", "port": 80, "debug": False, "workers": 4},
    {"name": "b", "port": 80, "debug": False},
    {"name": "c", "port": "80", "debug": False, "workers": 1},
    {"name": "d", "port": 70000, "debug": True, "workers": 1},
]
for cfg in configs:
    try:
        print(cfg["name"], validate(cfg))
    except RangeError as e:
        print(cfg["name"], "RangeError:", e, "|", e.key, e.value)
    except ConfigError as e:
        print(cfg["name"], type(e).__name__, "-", e, "|", isinstance(e, KeyError), isinstance(e, ValueError))
print([c.__name__ for c in RangeError.__mro__])
try:
    validate({})
except KeyError as e:
    print("caught as KeyError:", e, e.args)
