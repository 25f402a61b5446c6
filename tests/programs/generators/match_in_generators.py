# match statements inside generators and coroutines whose case bodies suspend (yield / await), with captures
# bound before the suspension and read after it, fall-through to the next statement, and a generator closed inside a case.
import asyncio


def tokens(stream):
    for item in stream:
        match item:
            case {"op": op, "args": [*args]}:
                yield f"call {op}"
                for a in args:
                    yield f"  arg {a!r}"
                yield f"end {op} ({len(args)} args)"
            case int(n) | float(n) if n < 0:
                yield "negative"
                yield -n
            case str() as text:
                first = yield f"text {text}"
                if first is not None:
                    yield f"sent {first}"
            case _:
                pass
        yield "|"


print(list(tokens([{"op": "add", "args": [1, 2]}, -3, "hi", None, 2.5])))
g = tokens(["x", "y"])
print(next(g), g.send("ping"), next(g), next(g))


async def react(event):
    match await fetch(event):
        case ("ok", value):
            await asyncio.sleep(0)
            return f"ok {value}"
        case ("retry", n) if n < 3:
            return await react(event + 1)
        case other:
            return f"gave up on {other}"


async def fetch(event):
    await asyncio.sleep(0)
    return ("retry", event) if event < 2 else ("ok", event * 10) if event < 5 else ("bad",)


print(asyncio.run(react(0)), asyncio.run(react(7)))


def closing_inside_case():
    match "go":
        case "go":
            try:
                yield 1
                yield 2
            finally:
                print("cleanup in case body")


c = closing_inside_case()
print(next(c))
c.close()
