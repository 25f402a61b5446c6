# Expected: sys.exit(0) in the middle of a loop ends the program successfully.
import sys

for n in range(1, 100):
    if n * n > 50:
        print("stopping at", n)
        sys.exit(0)
    print(n, n * n)
print("never printed")
