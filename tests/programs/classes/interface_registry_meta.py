# Plugin registration via __init_subclass__, class-level registries and classmethod factories.


class Codec:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.codec_name = name or cls.__name__.lower()
        Codec.registry[cls.codec_name] = cls

    @classmethod
    def create(cls, name):
        try:
            return cls.registry[name]()
        except KeyError:
            raise LookupError(f"unknown codec {name!r}") from None

    def roundtrip(self, text):
        return self.decode(self.encode(text)) == text


class Reverse(Codec):
    def encode(self, text):
        return text[::-1]

    def decode(self, data):
        return data[::-1]


class Rot13(Codec, name="rot13"):
    def encode(self, text):
        out = []
        for ch in text:
            if ch.isalpha():
                base = ord("a") if ch.islower() else ord("A")
                out.append(chr((ord(ch) - base + 13) % 26 + base))
            else:
                out.append(ch)
        return "".join(out)

    decode = encode


class RunLength(Codec, name="rle"):
    def encode(self, text):
        out, i = [], 0
        while i < len(text):
            j = i
            while j < len(text) and text[j] == text[i]:
                j += 1
            out.append(f"{j - i}{text[i]}")
            i = j
        return ",".join(out)

    def decode(self, data):
        return "".join(part[-1] * int(part[:-1]) for part in data.split(",") if part)


print(sorted(Codec.registry))
for name in ["reverse", "rot13", "rle"]:
    c = Codec.create(name)
    enc = c.encode("Hello  Wooorld")
    print(f"{name:8} {enc!r:40} roundtrip={c.roundtrip('Hello  Wooorld')}")
try:
    Codec.create("base64")
except LookupError as e:
    print("LookupError:", e, e.__suppress_context__)
