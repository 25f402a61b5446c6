# Helper module (not a program): functions that call each other by name, patched by the importer.
def scale(x):
    return x * 2


def apply_all(values):
    return [scale(v) for v in values]


def twice(x):
    return scale(scale(x))
