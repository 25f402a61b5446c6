"""Helper package (not a program): __all__ names a submodule nobody imported yet."""
__all__ = ("greet", "extras", "_semi_private")
_semi_private = 42


def greet(name):
    return f"hello {name}"
