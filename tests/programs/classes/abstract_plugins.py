# Abstract base classes with abstractmethod and abstract properties; a plugin pipeline.
from abc import ABC, abstractmethod


class Transform(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @abstractmethod
    def apply(self, text):
        ...

    def __call__(self, text):
        return self.apply(text)


class Upper(Transform):
    name = "upper"

    def apply(self, text):
        return text.upper()


class Replace(Transform):
    def __init__(self, old, new):
        self.old, self.new = old, new

    @property
    def name(self):
        return f"replace({self.old!r}->{self.new!r})"

    def apply(self, text):
        return text.replace(self.old, self.new)


class Reverse(Transform):
    @property
    def name(self):
        return "reverse"

    def apply(self, text):
        return text[::-1]


class Incomplete(Transform):
    def apply(self, text):
        return text


class Pipeline:
    def __init__(self, *steps):
        self.steps = list(steps)

    def __call__(self, text):
        for step in self.steps:
            text = step(text)
            print(f"  after {step.name:24}: {text}")
        return text


pipe = Pipeline(Replace("l", "L"), Upper(), Reverse(), Replace("O", "0"))
print(pipe("hello world"))
try:
    Incomplete()
except TypeError:
    print("cannot instantiate Incomplete")
try:
    Transform()
except TypeError:
    print("cannot instantiate Transform")
print(isinstance(Upper(), Transform), [c.__name__ for c in Transform.__subclasses__()])
