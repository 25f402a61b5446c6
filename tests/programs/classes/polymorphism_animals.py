# Polymorphism with method overriding, super() chains and class attributes shadowing.


class Animal:
    sound = "..."
    legs = 4
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.name} ({type(self).__name__.lower()}, {self.legs} legs)"


class Dog(Animal):
    sound = "woof"

    def fetch(self):
        return f"{self.name} fetches"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def __init__(self, name, can_fly=True):
        super().__init__(name)
        self.can_fly = can_fly

    def describe(self):
        base = super().describe()
        return base + (" flies" if self.can_fly else " walks")


class Penguin(Bird):
    sound = "squawk"

    def __init__(self, name):
        super().__init__(name, can_fly=False)


zoo = [Dog("rex"), Puppy("bit"), Bird("tweety"), Penguin("pingu"), Animal("thing")]
for a in zoo:
    print(a.speak(), "|", a.describe())
print([a.fetch() for a in zoo if isinstance(a, Dog)])
print(Animal.count, Dog.count, Penguin.legs, Penguin.sound)
zoo[0].sound = "WOOF"
print(zoo[0].speak(), Dog.sound, zoo[1].speak())
print([type(a).__mro__[1].__name__ for a in zoo])
