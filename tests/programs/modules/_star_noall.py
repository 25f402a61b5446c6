"""Helper module (not a program): no __all__, so `import *` takes every public name bound at that moment."""
import math
from _star_helpers import shout

_hidden = "private"
visible = "public"
gone = "deleted below"
del gone
if visible == "never":
    never_bound = 1


def make_late():
    global late
    late = "bound by a call"


def area(r):
    return round(math.pi * r * r, 3)
