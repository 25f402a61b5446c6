# print() options: sep, end, multiple args, file=sys.stdout, flush; writing with sys.stdout.write.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="|")
print("continued", end="\n\n")
print(*range(5), sep=", ")
print()
print("to stdout", file=sys.stdout, flush=True)
n = sys.stdout.write("written directly\n")
print(n)
print("tab\tseparated", "x", sep="\t")
print(1, 2.0, None, True, [1], "s", sep="|", end=".\n")
sys.stdout.write("".join(f"{i}" for i in range(10)) + "\n")
print("multi\nline\nstring")
print("stderr line does not appear in stdout", file=sys.stderr)
