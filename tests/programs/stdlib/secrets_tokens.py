# Password and token generation with secrets: the values are random, so the program checks and prints only their
# properties (length, alphabet, rules met), as a test of a password generator would.
import secrets
import string

alphabet = string.ascii_letters + string.digits + "!@#$%^&*"


def make_password(length=16):
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and sum(c.isdigit() for c in pw) >= 2 and any(c in "!@#$%^&*" for c in pw)):
            return pw


passwords = [make_password(n) for n in (12, 16, 24, 32)]
for pw in passwords:
    print(len(pw), all(c in alphabet for c in pw), sum(c.isdigit() for c in pw) >= 2)

tokens = {
    "hex": secrets.token_hex(16),
    "hex default": secrets.token_hex(),
    "urlsafe": secrets.token_urlsafe(24),
    "urlsafe default": secrets.token_urlsafe(),
}
for name, tok in tokens.items():
    print(f"{name:16} len={len(tok):3} urlsafe={all(c in string.ascii_letters + string.digits + '-_' for c in tok)}")
raw = secrets.token_bytes(20)
print(type(raw).__name__, len(raw), len(secrets.token_bytes()))

# a reset-link table: unique tokens
links = {secrets.token_urlsafe(8) for _ in range(200)}
print("unique links:", len(links))

# dice and lotteries
rolls = [secrets.randbelow(6) + 1 for _ in range(600)]
print("dice faces seen:", sorted(set(rolls)), "in range:", min(rolls) >= 1 and max(rolls) <= 6)
bits = [secrets.randbits(12) for _ in range(100)]
print("12-bit values ok:", all(0 <= b < 4096 for b in bits))
rng = secrets.SystemRandom()
draw = rng.sample(range(1, 50), 6)
print("lottery:", len(draw), len(set(draw)), all(1 <= n < 50 for n in draw))
cards = [f"{r}{s}" for r in "A23456789TJQK" for s in "SHDC"]
rng.shuffle(cards)
print("deck intact:", sorted(cards) == sorted(f"{r}{s}" for r in "A23456789TJQK" for s in "SHDC"))

# constant-time comparison of an API key
stored = secrets.token_hex(32)
print(secrets.compare_digest(stored, stored), secrets.compare_digest(stored, stored[:-1] + "x"),
      secrets.compare_digest(stored.encode(), stored.encode()))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
