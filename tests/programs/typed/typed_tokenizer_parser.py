# Annotated JSON-subset parser: tokens as tuples, recursive descent returning typed values.
from typing import Union

JSON = Union[None, bool, int, float, str, list["JSON"], dict[str, "JSON"]]


class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self) -> str:
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t\r":
            self.pos += 1

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise SyntaxError(f"expected {ch!r} at {self.pos}, got {self.peek()!r}")
        self.pos += 1

    def value(self) -> JSON:
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self) -> dict[str, JSON]:
        self.expect("{")
        out: dict[str, JSON] = {}
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            key = self.string()
            self.expect(":")
            out[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return out

    def arr(self) -> list[JSON]:
        self.expect("[")
        out: list[JSON] = []
        if self.peek() == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return out

    def string(self) -> str:
        self.expect('"')
        start = self.pos
        while self.text[self.pos] != '"':
            self.pos += 1
        s = self.text[start:self.pos]
        self.pos += 1
        return s

    def number(self) -> Union[int, float]:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-+.eE0123456789":
            self.pos += 1
        raw = self.text[start:self.pos]
        if not raw:
            raise SyntaxError(f"unexpected character at {start}")
        return float(raw) if any(c in raw for c in ".eE") else int(raw)


def parse(text: str) -> JSON:
    return Parser(text).value()


print(parse('{"a": [1, 2.5, -3e2, true, null], "b": {"c": "text", "d": []}, "e": {}}'))
print(parse("[[], [[]], [1, [2, [3]]]]"), parse('"just a string"'), parse("  42 "))
for bad in ['{"a" 1}', "[1, 2", "@"]:
    try:
        parse(bad)
    except (SyntaxError, IndexError) as e:
        print(type(e).__name__, e)
