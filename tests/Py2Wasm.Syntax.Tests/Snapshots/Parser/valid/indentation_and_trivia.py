# leading comment

def f(a,  # trailing comment
      b):
    x = 1 + \
        2

    # comment between statements
    if x:
        return [
            1,
            2,
        ]
    return x
# final comment
