# match/case on split command lines: literal, capture, sequence, star, or-patterns and guards.


def handle(line):
    match line.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", item]:
            return f"taking {item}"
        case ["take", first, *rest] if len(rest) < 3:
            return f"taking {first} and {len(rest)} more: {rest}"
        case ["take", *_]:
            return "too many things"
        case ["drop", *items, "carefully"]:
            return f"carefully dropping {items}"
        case ["say", *words]:
            return "saying " + " ".join(words)
        case [verb, *_] if verb.isdigit():
            return f"numbers are not verbs: {verb}"
        case _:
            return f"unknown: {line!r}"


for cmd in ["", "quit", "exit", "go north", "go up", "take lamp", "take a b c", "take a b c d e",
            "drop vase cup carefully", "say hello there", "42 things", "dance wildly"]:
    print(f"{cmd!r:28} -> {handle(cmd)}")
