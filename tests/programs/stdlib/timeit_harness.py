# A tiny benchmark harness on timeit: callables as stmt/setup, Timer.repeat/autorange with an injected clock so
# the report is reproducible (a fake clock advances by each operation's cost), and the real clock only checked
# for sanity.
import timeit


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def spend(self, seconds):
        self.now += seconds


clock = FakeClock()
COSTS = {"list_append": 0.002, "dict_insert": 0.003, "sort_100": 0.011}
counts = {name: 0 for name in COSTS}
setups = []


def make_stmt(name):
    def stmt():
        counts[name] += 1
        clock.spend(COSTS[name])
    return stmt


def make_setup(name):
    def setup():
        setups.append(name)
    return setup


report = []
for name in COSTS:
    timer = timeit.Timer(make_stmt(name), make_setup(name), timer=clock)
    runs = timer.repeat(repeat=3, number=10)
    steps = []
    number, taken = timer.autorange(lambda n, t: steps.append(n))
    report.append((min(runs) / 10, name, number, round(taken, 6), steps))
for per_loop, name, number, taken, steps in sorted(report):
    print(f"{name:12} {per_loop * 1e3:7.3f} ms/loop  autorange -> {number} loops in {taken}s via {steps}")
print(counts)
print(setups)

# The real clock: only properties that hold on every machine.
real = timeit.repeat(lambda: sum(range(100)), repeat=3, number=50)
print(len(real), all(t >= 0 for t in real), timeit.default_timer() > 0)
print(timeit.timeit("pass", number=1000) >= 0)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError:", e)
