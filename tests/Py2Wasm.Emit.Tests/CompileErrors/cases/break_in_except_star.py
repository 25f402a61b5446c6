try:
    pass
except* ValueError:
    pass

def f():
    for i in range(2):
        try:
            pass
        except* KeyError:
            break
