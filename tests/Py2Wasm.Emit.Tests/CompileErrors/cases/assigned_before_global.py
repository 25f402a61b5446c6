total = 0

def add(v):
    total = v
    global total
