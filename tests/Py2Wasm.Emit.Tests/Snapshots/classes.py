class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"

class Dog(Animal):
    def speak(self):
        return super().speak() + ": woof"
    @property
    def upper(self):
        return self.name.upper()

print(Dog("rex").speak(), Dog("rex").upper, Dog.kind)
