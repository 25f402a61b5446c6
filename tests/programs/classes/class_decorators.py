# Class decorators: registration, adding methods, wrapping __init__, singleton pattern.

REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def count_instances(cls):
    original = cls.__init__
    cls.instances = 0

    def __init__(self, *args, **kwargs):
        original(self, *args, **kwargs)
        cls.instances += 1

    cls.__init__ = __init__
    return cls


def singleton(cls):
    instances = {}

    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get


@register
@add_repr
@count_instances
class Circle:
    def __init__(self, r):
        self.r = r


@register
@add_repr
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h


@singleton
class Config:
    def __init__(self, **opts):
        self.opts = opts


shapes = [REGISTRY["circle"](1), REGISTRY["rect"](2, 3), Circle(4)]
print(shapes)
print(Circle.instances, sorted(REGISTRY))
a = Config(debug=True)
b = Config(debug=False)
print(a is b, a.opts, type(Config).__name__)
