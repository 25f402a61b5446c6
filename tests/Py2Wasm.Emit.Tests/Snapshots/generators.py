def countdown(n):
    while n > 0:
        received = yield n
        if received:
            print("got", received)
        n -= 1

print(list(countdown(3)))
