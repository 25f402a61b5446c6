# Expected: UnboundLocalError because a variable is only assigned on one branch.


def classify(n):
    if n > 0:
        label = "positive"
    elif n < 0:
        label = "negative"
    return label


for n in (5, -3, 0):
    print(n, classify(n))
