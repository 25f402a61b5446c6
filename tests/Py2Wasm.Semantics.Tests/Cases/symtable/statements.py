import os, sys as system, os.path
import xml.etree.ElementTree as ET
from collections import OrderedDict, defaultdict as dd
from os.path import *

def handler():
    try:
        risky()
    except (ValueError, TypeError) as err:
        report(err)
    except Exception as e:
        del e
    else:
        ok = True
    finally:
        done = True
    return ok, done

def withs(path):
    with open(path) as f, open(path + "x") as (g, h):
        data = f.read()
    for i, (j, *k) in enumerate(data):
        pass
    else:
        final = i
    while data:
        data = data[1:]
    del data, final
    assert path, "message %s" % path
    raise ValueError("x") from None

def deletes():
    a = b = c = 1
    del a
    del (b, c)
    x: int
    y: "str" = "s"
    (z): int = 3
    obj.attr: int = 4
    d[0]: float
    return x

class Annotated:
    field: int
    other: list[str] = []
    __private: int = 0

def matcher(command):
    match command:
        case ["go", direction]:
            return direction
        case {"key": value, **rest}:
            return value, rest
        case Point(x=0, y=py) as pt:
            return py, pt
        case [first, *others]:
            return first, others
        case str() | bytes():
            return None
        case _ if command:
            return command

print(f"{os.sep!r:>{system.maxsize}} {ET}")
type_ = type
