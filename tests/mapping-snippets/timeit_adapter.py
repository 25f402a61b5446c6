# Snippet for the 'timeit' adapter (implemented in Python; stmt and setup are callables). Timings vary, so only
# their types, counts and the calls made are printed.
import timeit
from timeit import Timer, default_timer, repeat

calls = []


def work():
    calls.append("w")


def setup():
    calls.append("s")


t = timeit.timeit(work, number=5)
print(type(t).__name__, t >= 0, calls)
calls.clear()
r = repeat(work, setup=setup, repeat=3, number=2)
print(len(r), all(x >= 0 for x in r), "".join(calls))
calls.clear()
timer = Timer(work, setup)
print(type(timer.timeit(number=4)).__name__, "".join(calls), len(timer.repeat(repeat=2, number=1)), "".join(calls))
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name, type(default_timer()).__name__)
print(default_timer is timeit.default_timer, timeit.timeit(number=10) >= 0, timeit.repeat(repeat=2, number=3).__len__())
ticks = iter(range(0, 1000, 3))
fake = Timer(work, timer=lambda: next(ticks))
print(fake.timeit(number=7), fake.repeat(repeat=3, number=1))
seen = []
fake2 = Timer(work, timer=lambda: len(calls) / 100)
print(fake2.autorange(lambda n, t: seen.append(n)), seen)
print(Timer(lambda: None, setup="pass").timeit(number=3) >= 0, Timer("pass").timeit(number=2) >= 0)
for bad in [3, None]:
    try:
        Timer(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Timer(work, setup=1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    Timer(work).timeit(number=-1)
    print("negative number ok")
except ValueError as e:
    print("ValueError:", e)
