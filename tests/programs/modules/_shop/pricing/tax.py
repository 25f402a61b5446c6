RATE = 0.08


def compute(amount):
    return amount * RATE
