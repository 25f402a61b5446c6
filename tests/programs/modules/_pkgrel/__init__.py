"""Helper package (not a program): relative imports in every form, submodules loaded lazily or shadowed."""
print("init", __name__)
helper = "a plain string, not the submodule"
from .core import Engine, DEFAULT_SPEED
from . import util

__all__ = ["Engine", "util"]
