# A turn-based battle simulation with a seeded RNG: class hierarchy with super(), properties,
# __str__, __bool__ (alive), status effects via dicts, and a final report.
import random


class Unit:
    def __init__(self, name, hp, attack, defense, speed):
        self.name, self.max_hp, self.attack, self.defense, self.speed = name, hp, attack, defense, speed
        self._hp = hp
        self.effects = {}

    @property
    def hp(self):
        return self._hp

    @hp.setter
    def hp(self, value):
        self._hp = max(0, min(self.max_hp, value))

    def __bool__(self):
        return self._hp > 0

    def __str__(self):
        return f"{self.name}({self._hp}/{self.max_hp})"

    def act(self, allies, enemies, rng):
        target = min((e for e in enemies if e), key=lambda e: (e.hp, e.name))
        dmg = max(1, self.attack - target.defense + rng.randint(-2, 2))
        target.hp -= dmg
        return f"{self.name} hits {target.name} for {dmg}"

    def tick(self):
        if "poison" in self.effects:
            self.hp -= 3
            self.effects["poison"] -= 1
            if not self.effects["poison"]:
                del self.effects["poison"]
            return f"{self.name} takes 3 poison damage"
        return None


class Healer(Unit):
    def act(self, allies, enemies, rng):
        hurt = [a for a in allies if a and a.hp < a.max_hp // 2]
        if hurt:
            t = min(hurt, key=lambda a: a.hp)
            t.hp += 12
            return f"{self.name} heals {t.name} to {t.hp}"
        return super().act(allies, enemies, rng)


class Rogue(Unit):
    def act(self, allies, enemies, rng):
        msg = super().act(allies, enemies, rng)
        if rng.random() < 0.4:
            target = min((e for e in enemies if e), key=lambda e: (e.hp, e.name))
            target.effects["poison"] = 3
            msg += f" and poisons {target.name}"
        return msg


rng = random.Random(404)
heroes = [Unit("knight", 60, 14, 8, 3), Healer("cleric", 40, 8, 5, 2), Rogue("thief", 35, 12, 4, 5)]
monsters = [Unit("orc", 55, 13, 6, 2), Unit("goblin", 30, 10, 3, 4), Rogue("shade", 28, 11, 2, 6)]
for rnd in range(1, 30):
    order = sorted([u for u in heroes + monsters if u], key=lambda u: (-u.speed, u.name))
    print(f"-- round {rnd}")
    for u in order:
        if not u:
            continue
        if msg := u.tick():
            print("  " + msg)
            if not u:
                print(f"  {u.name} falls")
                continue
        allies, enemies = (heroes, monsters) if u in heroes else (monsters, heroes)
        if not any(enemies):
            break
        print("  " + u.act(allies, enemies, rng))
    if not any(heroes) or not any(monsters):
        break
print("heroes:", " ".join(map(str, heroes)))
print("monsters:", " ".join(map(str, monsters)))
print("winner:", "heroes" if any(heroes) else "monsters")
