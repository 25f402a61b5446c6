# Planning a build with graphlib: a static order, parallel batches with a worker limit, and cycle detection.
from graphlib import TopologicalSorter, CycleError

targets = {
    "app": ["libcore", "libui", "assets"],
    "libui": ["libcore", "fonts"],
    "libcore": ["config"],
    "assets": ["images", "fonts"],
    "tests": ["app", "fixtures"],
    "docs": ["libcore", "libui"],
    "release": ["tests", "docs"],
}
durations = {"config": 1, "fonts": 2, "images": 4, "libcore": 5, "libui": 3, "assets": 2, "fixtures": 1,
             "app": 6, "tests": 4, "docs": 2, "release": 1}

order = list(TopologicalSorter(targets).static_order())
print("static order:", " -> ".join(order))

# Simulate two workers: start ready targets in order, finish the one that ends first.
sorter = TopologicalSorter(targets)
sorter.prepare()
clock = 0
running = []
waiting = []
timeline = []
while sorter.is_active():
    waiting.extend(sorter.get_ready())
    while waiting and len(running) < 2:
        name = waiting.pop(0)
        running.append((clock + durations[name], name))
        timeline.append("t=%2d start %s" % (clock, name))
    running.sort()
    clock, name = running.pop(0)
    timeline.append("t=%2d done  %s" % (clock, name))
    sorter.done(name)
print("\n".join(timeline))
print("total time with 2 workers:", clock, "vs serial:", sum(durations.values()))

layers = []
sorter = TopologicalSorter(targets)
sorter.prepare()
while sorter:
    batch = sorter.get_ready()
    layers.append(sorted(batch))
    sorter.done(*batch)
for depth, batch in enumerate(layers):
    print("layer", depth, batch)

targets["config"] = ["release"]
try:
    TopologicalSorter(targets).prepare()
except CycleError as err:
    message, cycle = err.args
    print(message + ":", " -> ".join(cycle))
