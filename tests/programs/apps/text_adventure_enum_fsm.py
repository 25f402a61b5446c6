from enum import Enum, auto


class State(Enum):
    HALL = auto()
    KITCHEN = auto()
    CELLAR = auto()
    GARDEN = auto()
    WON = auto()
    DEAD = auto()


TRANSITIONS = {
    State.HALL: {"north": State.KITCHEN, "down": State.CELLAR},
    State.KITCHEN: {"south": State.HALL, "east": State.GARDEN},
    State.CELLAR: {"up": State.HALL},
    State.GARDEN: {"west": State.KITCHEN},
}


class Game:
    def __init__(self):
        self.state = State.HALL
        self.inventory = set()
        self.moves = 0
        self.log = []

    def describe(self):
        return {
            State.HALL: "a dusty hall",
            State.KITCHEN: "a kitchen smelling of bread",
            State.CELLAR: "a dark cellar",
            State.GARDEN: "an overgrown garden",
        }.get(self.state, str(self.state))

    def do(self, command):
        self.moves += 1
        verb, _, obj = command.partition(" ")
        if verb == "go":
            nxt = TRANSITIONS.get(self.state, {}).get(obj)
            if nxt is None:
                return f"You can't go {obj} from {self.state.name.lower()}."
            if nxt is State.CELLAR and "lamp" not in self.inventory:
                self.state = State.DEAD
                return "You fall down the dark stairs."
            self.state = nxt
            return f"You are in {self.describe()}."
        elif verb == "take":
            here = {State.KITCHEN: "lamp", State.CELLAR: "key", State.GARDEN: "rose"}.get(self.state)
            if obj == here and obj not in self.inventory:
                self.inventory.add(obj)
                return f"Taken: {obj}."
            return f"There is no {obj} here."
        elif verb == "open":
            if self.state is State.GARDEN and "key" in self.inventory:
                self.state = State.WON
                return "The gate opens. You win!"
            return "Nothing opens."
        elif verb == "inv":
            return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
        return f"I don't understand {command!r}."


def play(script):
    g = Game()
    print(f"-- new game: {g.describe()}")
    for cmd in script:
        out = g.do(cmd)
        print(f"{g.moves:2d} > {cmd:<12} {out}")
        if g.state in (State.WON, State.DEAD):
            break
    print(f"final: {g.state} ({g.state.value}) after {g.moves} moves, inv={sorted(g.inventory)}")
    return g.state


r1 = play(["go down"])
r2 = play(["inv", "go north", "take lamp", "take lamp", "go west", "go south", "go down",
           "take key", "go up", "go north", "go east", "take rose", "inv", "open gate", "go west"])
r3 = play(["dance", "go sideways", "take sword"])
print([s.name for s in State])
print(r1 == State.DEAD, r2 is State.WON, r3, repr(r3))
print(State["GARDEN"], State(3), len(State), State.HALL < State.KITCHEN if False else "no-order")
counts = {}
for s in (r1, r2, r3):
    counts[s] = counts.get(s, 0) + 1
print(counts)
