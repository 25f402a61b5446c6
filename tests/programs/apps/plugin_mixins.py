# Mixins and multiple inheritance in a small serialisation framework: MRO-driven cooperative
# methods, staticmethods, classmethods and class decorators.
import json


def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco


MODELS = {}


class Model:
    fields = ()

    def __init__(self, **kw):
        for f in self.fields:
            setattr(self, f, kw.get(f))

    def to_dict(self):
        return {f: getattr(self, f) for f in self.fields}

    @classmethod
    def from_dict(cls, d):
        return cls(**{k: v for k, v in d.items() if k in cls.fields})


class JsonMixin:
    def to_json(self):
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_json(cls, text):
        return cls.from_dict(json.loads(text))


class TimestampMixin:
    clock = 0

    def to_dict(self):
        d = super().to_dict()
        TimestampMixin.clock += 1
        d["ts"] = TimestampMixin.clock
        return d


class ValidateMixin:
    @staticmethod
    def check_email(value):
        return isinstance(value, str) and value.count("@") == 1

    def to_dict(self):
        if hasattr(self, "email") and not self.check_email(self.email):
            raise ValueError(f"invalid email {self.email!r}")
        return super().to_dict()


@register(MODELS)
class User(JsonMixin, ValidateMixin, TimestampMixin, Model):
    fields = ("name", "email")


@register(MODELS)
class Tag(JsonMixin, Model):
    fields = ("label",)


print([c.__name__ for c in User.__mro__])
u = User(name="ann", email="ann@x.org")
print(u.to_json())
print(u.to_json())
u2 = User.from_json('{"name": "bob", "email": "bob@y.org", "extra": 1}')
print(u2.name, u2.email, type(u2).__name__)
try:
    User(name="bad", email="nope").to_json()
except ValueError as e:
    print("ValueError:", e)
print(Tag(label="x").to_json(), sorted(MODELS), User.check_email("a@b"))
