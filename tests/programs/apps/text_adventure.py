# A tiny text adventure engine driven by a scripted command list.

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def do(self, line):
        self.moves += 1
        verb, _, noun = line.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        return handler(noun)

    def cmd_look(self, _):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."

    def cmd_go(self, direction):
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return "You can't go that way."
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The way is locked."
            ROOMS[target]["locked"] = False
        self.room = target
        return self.cmd_look("")

    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.over = True
            return "You found the treasure! You win."
        return f"Taken: {item}."

    def cmd_drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped {item}."

    def cmd_inventory(self, _):
        return "You carry: " + (", ".join(self.inventory) or "nothing") + "."


game = Game()
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key", "take sword", "drop lamp",
          "look", "inventory", "dance", "go south", "go east", "go down", "take treasure"]
for cmd in script:
    print(f"> {cmd}")
    print(game.do(cmd))
    if game.over:
        break
print(f"moves: {game.moves}, inventory: {game.inventory}")
