# A regular expression engine: parse (concatenation, |, *, +, ?, parentheses, '.'), build a
# Thompson NFA, simulate it; results are compared with the re module.
import re


class State:
    __slots__ = ("ch", "out", "out2")

    def __init__(self, ch=None, out=None, out2=None):
        self.ch, self.out, self.out2 = ch, out, out2


class Frag:
    def __init__(self, start, outs):
        self.start, self.outs = start, outs


def patch(outs, state):
    for s, attr in outs:
        setattr(s, attr, state)


def parse(pattern):
    pos = 0

    def alt():
        nonlocal pos
        left = concat()
        while pos < len(pattern) and pattern[pos] == "|":
            pos += 1
            right = concat()
            s = State("SPLIT", left.start, right.start)
            left = Frag(s, left.outs + right.outs)
        return left

    def concat():
        frags = []
        while pos < len(pattern) and pattern[pos] not in "|)":
            frags.append(repeat())
        if not frags:
            s = State("EPS")
            return Frag(s, [(s, "out")])
        f = frags[0]
        for g in frags[1:]:
            patch(f.outs, g.start)
            f = Frag(f.start, g.outs)
        return f

    def repeat():
        nonlocal pos
        f = atom()
        while pos < len(pattern) and pattern[pos] in "*+?":
            op_ = pattern[pos]
            pos += 1
            s = State("SPLIT", f.start, None)
            if op_ == "*":
                patch(f.outs, s)
                f = Frag(s, [(s, "out2")])
            elif op_ == "+":
                patch(f.outs, s)
                f = Frag(f.start, [(s, "out2")])
            else:
                f = Frag(s, f.outs + [(s, "out2")])
        return f

    def atom():
        nonlocal pos
        ch = pattern[pos]
        pos += 1
        if ch == "(":
            f = alt()
            pos += 1
            return f
        s = State(ch)
        return Frag(s, [(s, "out")])

    frag = alt()
    patch(frag.outs, State("MATCH"))
    return frag.start


def closure(states):
    stack, seen = list(states), set()
    result = []
    while stack:
        s = stack.pop()
        if s is None or s in seen:
            continue
        seen.add(s)
        if s.ch in ("SPLIT", "EPS"):
            stack.append(s.out)
            if s.ch == "SPLIT":
                stack.append(s.out2)
        else:
            result.append(s)
    return result


def fullmatch(start, text):
    current = closure([start])
    for c in text:
        current = closure([s.out for s in current if s.ch == c or (s.ch == "." and c != "MATCH")])
        if not current:
            return False
    return any(s.ch == "MATCH" for s in current)


tests = [("a(b|c)*d", ["ad", "abd", "abcbcd", "abx", "a"]), ("(ab)+c?", ["ab", "ababc", "abc c", ""]),
         ("x.*y", ["xy", "x123y", "xy!", "yx"]), ("(a|b)*abb", ["abb", "aabb", "babb", "ab", "abbb"]),
         ("colou?r", ["color", "colour", "colouur"]), ("(0|1(01*0)*1)*", ["0", "11", "110", "1001", "111", ""])]
for pat, words in tests:
    nfa = parse(pat)
    results = [fullmatch(nfa, w) for w in words]
    agree = results == [re.fullmatch(pat, w) is not None for w in words]
    print(f"{pat:18} {results} agrees_with_re={agree}")
