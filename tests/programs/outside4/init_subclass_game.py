import random
class Entity:
    _registry = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind or cls.__name__.lower()
        Entity._registry[cls.kind] = cls
    def __init__(self, name, hp):
        self.name, self.hp, self.max_hp = name, hp, hp
    @property
    def alive(self):
        return self.hp > 0
    def take(self, dmg):
        self.hp = max(0, self.hp - dmg)
        return dmg
    def __str__(self):
        bar = "#" * (10 * self.hp // self.max_hp)
        return f"{self.name:<8}[{bar:<10}] {self.hp:>3}/{self.max_hp}"
class Warrior(Entity, kind="war"):
    def attack(self, other, rng):
        return other.take(rng.randint(5, 12))
class Mage(Entity):
    def __init__(self, name, hp, mana=30):
        super().__init__(name, hp)
        self.mana = mana
    def attack(self, other, rng):
        if self.mana >= 10:
            self.mana -= 10
            return other.take(rng.randint(10, 20))
        return other.take(2)
class Healer(Mage, kind="heal"):
    def attack(self, other, rng):
        if self.hp < self.max_hp // 2 and self.mana >= 5:
            self.mana -= 5
            self.hp = min(self.max_hp, self.hp + 15)
            return 0
        return super().attack(other, rng)
print(sorted(Entity._registry), Warrior.kind, Mage.kind, Healer.kind, [c.__name__ for c in Healer.__mro__])
def battle(seed):
    rng = random.Random(seed)
    a = [Warrior("Conan", 60), Mage("Merlin", 40)]
    b = [Healer("Mercy", 50, 40), Warrior("Brute", 70)]
    rnd = 0
    while any(x.alive for x in a) and any(x.alive for x in b) and rnd < 30:
        rnd += 1
        for atk_team, def_team in ((a, b), (b, a)):
            for atk in [x for x in atk_team if x.alive]:
                targets = [x for x in def_team if x.alive]
                if not targets:
                    break
                t = min(targets, key=lambda x: (x.hp, x.name))
                atk.attack(t, rng)
    winner = "A" if any(x.alive for x in a) else "B"
    return rnd, winner, a + b
for seed in range(3):
    rnd, win, ents = battle(seed)
    print(f"seed {seed}: {rnd} rounds, team {win} wins")
    for e in ents:
        print("  ", e)
e = Entity._registry["heal"]("X", 10)
print(type(e).__name__, isinstance(e, Mage), e.mana, str(e))
print(super(Healer, e).attack.__qualname__, Healer.attack.__qualname__)
class Counted:
    instances = 0
    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
class Sub(Counted):
    pass
xs = [Counted(1), Counted(2), Sub(3)]
print(Counted.instances, Sub.instances, xs[2].v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.data = []
        return cls._inst
s1 = Singleton(); s1.data.append(1); s2 = Singleton()
print(s1 is s2, s2.data)
