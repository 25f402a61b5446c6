# Reads from stdin when no stdin file is provided: stdin is empty, so read() returns "" and
# input() raises EOFError.
import sys

data = sys.stdin.read()
print(repr(data), len(data))
try:
    input()
except EOFError:
    print("EOFError on input()")
print(sys.stdin.readline() == "")
