# Snippet for the 'secrets' adapter (implemented in Python, compiled with the program); the values are random, so
# only their properties are printed.
import secrets
import string
from secrets import (choice, randbelow, randbits, SystemRandom, token_bytes, token_hex, token_urlsafe, compare_digest,
                     DEFAULT_ENTROPY)

print(DEFAULT_ENTROPY)
print(len(token_bytes()), len(token_bytes(5)), type(token_bytes(3)).__name__, len(token_hex()), len(token_hex(8)))
print(len(token_urlsafe()), len(token_urlsafe(16)), all(c in string.ascii_letters + string.digits + "-_" for c in token_urlsafe(64)))
print(all(c in "0123456789abcdef" for c in token_hex(50)), token_hex(0), token_urlsafe(0), token_bytes(0))
print(choice("abc") in "abc", 0 <= randbelow(10) < 10, randbelow(1), 0 <= randbits(7) < 128, randbits(0))
print(len({token_hex(16) for _ in range(50)}), sorted({randbelow(3) for _ in range(200)}))
rng = SystemRandom()
print(0.0 <= rng.random() < 1.0, 5 <= rng.randint(5, 6) <= 6, rng.randrange(0, 100, 10) % 10, rng.choice([7]))
print(sorted(rng.sample(range(10), 10)), len(rng.sample("abcdef", 3)), sorted(rng.sample(["x", "y"], 3, counts=[2, 1])))
print(len(rng.choices("ab", k=4)), rng.choices("ab", weights=[0, 1], k=3), 2.0 <= rng.uniform(2.0, 3.0) <= 3.0)
deck = list(range(20))
rng.shuffle(deck)
print(sorted(deck) == list(range(20)), rng.seed(3), len(rng.randbytes(9)), 0 <= rng.getrandbits(100) < 2 ** 100)
print(compare_digest("abc", "abc"), compare_digest(b"abc", b"abd"), compare_digest(bytearray(b"x"), b"x"), compare_digest("a", "ab"))
for bad in [lambda: randbelow(0), lambda: choice([]), lambda: compare_digest("é", "e"), lambda: compare_digest("a", b"a"),
            lambda: compare_digest(1, 2), lambda: rng.getstate(), lambda: rng.randrange(5, 5), lambda: randbits(-1),
            lambda: rng.sample({1, 2}, 1), lambda: rng.sample([1], 2)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
