# Without arguments, sys.argv has only the program name; the program falls back to defaults.
import sys

args = sys.argv[1:]
n = int(args[0]) if args else 10
print("argc", len(sys.argv), "n", n)
print([i * i for i in range(n)])
