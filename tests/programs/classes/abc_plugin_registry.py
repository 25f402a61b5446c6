# Abstract base classes: a plugin registry of exporters with abstract methods, abstract properties,
# partial implementations that stay abstract, and the TypeError CPython raises for them.
from abc import ABC, ABCMeta, abstractmethod
import abc


class Exporter(ABC):
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Exporter.registry[cls.__name__.lower()] = cls

    @abstractmethod
    def render(self, rows):
        ...

    @property
    @abstractmethod
    def extension(self):
        ...

    def export(self, name, rows):
        return f"{name}.{self.extension}: {self.render(rows)}"


class CsvExporter(Exporter):
    @property
    def extension(self):
        return "csv"

    def render(self, rows):
        return ";".join(",".join(str(c) for c in r) for r in rows)


class JsonishExporter(Exporter):
    extension = "json"

    def render(self, rows):
        return "[" + ", ".join("[" + ", ".join(repr(c) for c in r) + "]" for r in rows) + "]"


class HalfDone(Exporter):
    def render(self, rows):
        return str(len(rows))


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    @staticmethod
    def describe_kind():
        return "a shape"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Sized(abc.ABC):
    @abc.abstractmethod
    def size(self): ...


class Box(Sized):
    def size(self):
        return 3


rows = [(1, "a", 2.5), (2, "b", None)]
for key in sorted(Exporter.registry):
    cls = Exporter.registry[key]
    try:
        print(key, "->", cls().export("out", rows))
    except TypeError as e:
        print(key, "->", "TypeError:", e)

for cls in (Exporter, Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(e)

sq = Square(3)
print(sq.area(), sq.perimeter(), Shape.describe_kind(), isinstance(sq, Shape))
print(Box().size(), isinstance(Box(), Sized), issubclass(Box, abc.ABC))
print([c.__name__ for c in Box.__mro__])
print(sorted(Exporter.__abstractmethods__), sorted(Square.__abstractmethods__), sorted(HalfDone.__abstractmethods__))
