import sys
def finish(code):
    print("finishing", code)
    if code > 2:
        quit(code)
    exit()
try:
    exit(7)
except SystemExit as e:
    print("caught", e.code)
try:
    quit("msg")
except SystemExit as e:
    print("caught", repr(e.code))
e = exit
print(type(e).__name__ if False else "alias")
finish(5)
