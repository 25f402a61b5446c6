# Snippet for the 'os' adapter (constants, environment lookups, the path submodule).
import os
from os import getcwd, getenv, sep, curdir, pardir, extsep, pathsep, defpath, devnull, linesep, name, environ, path

print(sep, curdir, pardir, extsep, pathsep, repr(defpath), devnull, repr(linesep), name)
print(os.sep == sep, os.path is path, path.join("a", "b"))
cwd = getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), cwd == os.getcwd())
print(getenv("PY2WASM_SNIPPET_UNSET"), getenv("PY2WASM_SNIPPET_UNSET", "default"))
print(environ.get("PY2WASM_SNIPPET_UNSET", 7), "PY2WASM_SNIPPET_UNSET" in environ)
try:
    environ["PY2WASM_SNIPPET_UNSET"]
except KeyError as e:
    print("KeyError:", e)
