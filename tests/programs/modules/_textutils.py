# Helper module (not a program): text helpers; has module-level state and a __all__.
__all__ = ["slugify", "word_count", "Counter"]

CALLS = {"slugify": 0}


def slugify(text):
    CALLS["slugify"] += 1
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def word_count(text):
    return len(text.split())


def _private_helper():
    return "hidden from star import"


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n
