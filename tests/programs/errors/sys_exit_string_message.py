# Expected: sys.exit("message") prints the message to stderr and exits with status 1 (no traceback,
# so no .stderr-last-line file).
import sys

config = {"name": "svc", "port": "http"}
print("validating", config["name"])
if not config["port"].isdigit():
    sys.exit(f"error: port must be numeric, got {config['port']!r}")
print("not reached")
