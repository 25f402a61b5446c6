# Generator-based coroutines with send(): running average, a state machine parser, close/throw.


def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def tokenizer():
    tokens = []
    buf = ""
    while True:
        ch = yield
        if ch is None:
            if buf:
                tokens.append(buf)
            return tokens
        if ch.isalnum():
            buf += ch
        else:
            if buf:
                tokens.append(buf)
                buf = ""
            if not ch.isspace():
                tokens.append(ch)


def guarded():
    try:
        while True:
            try:
                x = yield
                print("  got", x)
            except ValueError as e:
                print("  handled ValueError:", e)
    finally:
        print("  cleanup")


avg = averager()
next(avg)
for v in [10, 20, 30, 45]:
    print("avg", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)

tok = tokenizer()
next(tok)
for ch in "x1 = foo(a, 42)+b;":
    tok.send(ch)
try:
    tok.send(None)
except StopIteration as e:
    print(e.value)

g = guarded()
next(g)
g.send(1)
g.throw(ValueError("bad input"))
g.send(2)
g.close()
print("closed")
