"""A small program for the README: compile it to native code or WebAssembly and run it."""


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def greet(name):
    return f"Hello, {name}!"


for target in ["WebAssembly", "Rust"]:
    print(greet(target))
print("fib(90) =", fibonacci(90))
print("2 ** 100 =", 2 ** 100)
print("squares:", [i * i for i in range(8)])
