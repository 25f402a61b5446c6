def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump

c = counter()
print(c(), c(5), (lambda x: x * 2)(21))
