# Snippet for the 'random' adapter: seeded, so CPython and the compiled program draw the same numbers.
import random
from random import randint, Random

random.seed(12345)
print(random.random(), random.getrandbits(70), random.randrange(10), random.randrange(5, 50, 5), random.randint(1, 6), randint(-3, 3))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.choice("abcdef"), random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], k=2))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(), random.expovariate(2), random.choices("abc", k=5))
print(random.choices(["x", "y"], weights=[1, 9], k=6), random.choices([1, 2, 3], cum_weights=[1, 1, 10], k=4))
print(random.triangular(0, 10, 2), random.triangular(), random.normalvariate(5, 2), random.lognormvariate(0, 0.5))
print(random.vonmisesvariate(1, 2), random.gammavariate(2, 3), random.gammavariate(0.5, 1), random.betavariate(2, 5))
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.randbytes(6))
random.seed("a string seed")
print(random.random(), random.randrange(1000))
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
print(a == [random.random() for _ in range(3)])
r = Random(99)
s = random.Random(99)
print(r.random() == s.random(), r.randint(1, 100), r.choice([10, 20, 30]), r.sample("hello", 3), r.uniform(0, 1))
r.seed(5)
ys = [1, 2, 3, 4, 5]
r.shuffle(ys)
print(ys, r.getrandbits(8), r.randrange(100), r.gauss(10, 1), r.choices("xy", k=3), r.randbytes(3))
print(r.triangular(1, 3), r.normalvariate(), r.lognormvariate(1, 1), r.expovariate(1), r.betavariate(1, 1), r.paretovariate(2), r.weibullvariate(2, 2), r.vonmisesvariate(0, 0))
for bad in [lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1, 2], 3)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
# getstate/setstate: CPython's (3, (624 words, index), gauss_next) tuple, restorable on any generator.
random.seed(77)
random.gauss()
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[1][:3], state[2])
after = [random.random(), random.gauss(), random.randint(1, 10 ** 30)]
random.setstate(state)
print(after == [random.random(), random.gauss(), random.randint(1, 10 ** 30)])
other = random.Random()
other.setstate(state)
print(other.random() == after[0], other.getstate() == random.getstate() or "differs")
for bad in [(2, state[1], None), (3, state[1][:10], None), (3,)]:
    try:
        other.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# The module constants (typed reads, so the adapter's constant bindings are used).
two_pi: float = random.TWOPI
bits: int = random.BPF
print(random.NV_MAGICCONST, two_pi, random.LOG4, random.SG_MAGICCONST, bits, random.RECIP_BPF)
print(random.RECIP_BPF * 2 ** bits == 1.0, two_pi / 2)
