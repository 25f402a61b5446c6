# Properties with getters, setters and deleters; validation and computed attributes.


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._c + 273.15

    def __repr__(self):
        return f"Temperature({self._c:.2f}C / {self.fahrenheit:.2f}F / {self.kelvin:.2f}K)"


class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
        self._nick = None

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @full_name.setter
    def full_name(self, value):
        self.first, self.last = value.split(" ", 1)

    @property
    def nick(self):
        return self._nick or self.first.lower()

    @nick.setter
    def nick(self, value):
        self._nick = value

    @nick.deleter
    def nick(self):
        self._nick = None


t = Temperature(25)
print(t)
t.fahrenheit = 212
print(t, t.celsius)
t.celsius = -40
print(t.fahrenheit == t.celsius, t)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
try:
    t.kelvin = 3
except AttributeError:
    print("kelvin is read-only")
p = Person("Ada", "Lovelace")
print(p.full_name, p.nick)
p.full_name = "Grace Brewster Hopper"
p.nick = "amazing grace"
print(p.first, "|", p.last, "|", p.nick)
del p.nick
print(p.nick)
print(type(Person.full_name).__name__)
