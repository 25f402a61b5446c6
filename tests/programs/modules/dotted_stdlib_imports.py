# `import package.submodule` of standard-library modules: the statement binds the top-level package, and the
# submodule is reached as an attribute of it (a small config validator and path planner).
import collections.abc
import os.path


class Settings(collections.abc.Mapping):
    """A read-only mapping with defaults, validated against a schema."""

    def __init__(self, values, defaults):
        self._values = dict(defaults)
        self._values.update(values)

    def __getitem__(self, key):
        return self._values[key]

    def __iter__(self):
        return iter(sorted(self._values))

    def __len__(self):
        return len(self._values)


def describe(value):
    if isinstance(value, str):
        return "text"
    if isinstance(value, collections.abc.Mapping):
        return "mapping of %d" % len(value)
    if isinstance(value, collections.abc.Sequence):
        return "sequence of %d" % len(value)
    if isinstance(value, collections.abc.Set):
        return "set of %d" % len(value)
    if isinstance(value, collections.abc.Callable):
        return "callable"
    if isinstance(value, collections.abc.Iterable):
        return "iterable"
    return type(value).__name__


settings = Settings({"out": "build/", "sources": ["src/a.c", "src/lib/b.c", "README.md"]}, {"out": "dist", "mode": "release", "tags": {"x", "y"}})
print(len(settings), list(settings), "mode" in settings, settings.get("missing", "-"))
for key, value in settings.items():
    print(f"{key:8} {describe(value)}")
print(describe(len), describe(iter([1])), describe(3.5), describe(settings))
print(isinstance(settings, collections.abc.MutableMapping), issubclass(Settings, collections.abc.Collection))

for src in settings["sources"]:
    stem, ext = os.path.splitext(os.path.basename(src))
    target = os.path.join(settings["out"], os.path.dirname(src), stem + (".o" if ext == ".c" else ext))
    print(src, "->", os.path.normpath(target), os.path.isabs(target))
try:
    settings["out"] = "elsewhere"
except TypeError as e:
    print("TypeError:", e)
