# py2wasm-args: --mode upper hello "two words" 42
# Reads command-line arguments (given in the header line above); sys.argv[0] is never printed
# because it depends on how the program is invoked.
import sys

args = sys.argv[1:]
print(len(args), args)
mode = "plain"
rest = []
i = 0
while i < len(args):
    if args[i] == "--mode" and i + 1 < len(args):
        mode = args[i + 1]
        i += 2
    else:
        rest.append(args[i])
        i += 1
for a in rest:
    print(a.upper() if mode == "upper" else a, a.isdigit())
