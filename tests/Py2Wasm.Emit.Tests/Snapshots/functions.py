def greet(name, greeting="Hello", *rest, punct="!", **extra):
    return f"{greeting}, {name}{punct}"

print(greet("world"), greet("you", greeting="Hi", punct="?"))
