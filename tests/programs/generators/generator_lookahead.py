# A peekable iterator wrapper and a lexer that uses lookahead to group tokens.


class Peekable:
    _EMPTY = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buf = self._EMPTY

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf is not self._EMPTY:
            val, self._buf = self._buf, self._EMPTY
            return val
        return next(self._it)

    def peek(self, default=None):
        if self._buf is self._EMPTY:
            self._buf = next(self._it, self._EMPTY)
        return default if self._buf is self._EMPTY else self._buf


def lex(text):
    chars = Peekable(text)
    for ch in chars:
        if ch.isspace():
            continue
        if ch.isdigit():
            num = ch
            while (nxt := chars.peek("")) and (nxt.isdigit() or nxt == "."):
                num += next(chars)
            yield ("NUM", num)
        elif ch.isalpha():
            word = ch
            while (nxt := chars.peek("")).isalnum() or nxt == "_":
                if not nxt:
                    break
                word += next(chars)
            yield ("NAME", word)
        elif ch in "<>=!" and chars.peek() == "=":
            yield ("OP", ch + next(chars))
        else:
            yield ("OP", ch)


print(list(lex("x1 = 3.14 * radius_2 >= 10 != y")))
p = Peekable(range(3))
print(p.peek(), p.peek(), next(p), list(p), p.peek("done"))
