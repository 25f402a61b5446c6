# Types of '_traceback' (pyrt::modules::traceback): the Rust half of 'traceback' (Stdlib/Python/traceback.py).
# print_exception(exc, None) returns exc's traceback text; with a file it writes to the process's stderr and
# returns True, or returns False for any other file.

def print_exception(exc: object, file: object) -> str | bool: ...
