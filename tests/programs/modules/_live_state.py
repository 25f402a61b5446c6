# Helper module (not a program): module-level state changed by importers and by its own functions.
counter = 0
settings = {"mode": "fast"}


def bump():
    global counter
    counter += 1
    return counter


def current():
    return counter
