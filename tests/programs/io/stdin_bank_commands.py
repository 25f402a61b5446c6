# Processes banking commands read line by line from stdin (see stdin_bank_commands.stdin) and
# ends with exit status 2 if any command failed.
import sys

accounts = {}
failures = 0
for lineno, line in enumerate(sys.stdin, 1):
    parts = line.split()
    if not parts or parts[0].startswith("#"):
        continue
    cmd, *args = parts
    try:
        if cmd == "open":
            name, = args
            if name in accounts:
                raise ValueError(f"account {name} exists")
            accounts[name] = 0
        elif cmd == "deposit":
            name, amount = args[0], int(args[1])
            accounts[name] += amount
        elif cmd == "withdraw":
            name, amount = args[0], int(args[1])
            if accounts[name] < amount:
                raise ValueError(f"insufficient funds in {name}")
            accounts[name] -= amount
        elif cmd == "show":
            print(" ".join(f"{k}={v}" for k, v in sorted(accounts.items())))
        else:
            raise ValueError(f"unknown command {cmd}")
    except (ValueError, KeyError, IndexError) as e:
        failures += 1
        print(f"line {lineno}: {cmd}: {type(e).__name__}: {e}")
print("failures:", failures)
sys.exit(2 if failures else 0)
