print("init", __name__)


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def describe(obj):
    return f"{type(obj).__name__}({obj.speed})"
