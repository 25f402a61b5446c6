class AppError(Exception):
    pass

def check(x):
    if x < 0:
        raise AppError("negative: " + str(x))
    return x

try:
    check(-1)
except AppError as e:
    print("caught", e)
else:
    print("no error")
finally:
    print("done")
