x = 1
a = b = c
x += 1; y -= 2;
x: int
y: list[int] = []
pass
del a, b[0], c.d
assert x, "message"
global g, h
import os, os.path as p
from . import a
from ..pkg.mod import (b as c, d,)
from x import *
raise
raise ValueError("bad") from err
type Alias[T] = list[T]
