# Snippet for the 'abc' adapter.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return type(self).__name__ + " " + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Base(metaclass=ABCMeta):
    @abc.abstractmethod
    def run(self):
        ...


class Impl(Base):
    def run(self):
        return "ran"


class Other(abc.ABC):
    pass


print(Square(3).describe(), Impl().run(), isinstance(Square(1), Shape), isinstance(Other(), abc.ABC), type(Other()).__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
