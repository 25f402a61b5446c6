__all__ = ["first", "ghost", "third"]
first = 1
third = 3
