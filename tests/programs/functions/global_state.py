# Module-level state with global, counters, configuration dicts and mutation without global.

counter = 0
log = []
CONFIG = {"verbose": False, "level": 1}


def bump(n=1):
    global counter
    counter += n
    return counter


def record(msg):
    log.append(msg)
    if CONFIG["verbose"]:
        print("LOG:", msg)


def set_level(level):
    global CONFIG
    CONFIG = dict(CONFIG, level=level)


def shadow():
    counter = 100
    return counter


def read_only():
    return counter * 2


def define_new():
    global created_later
    created_later = "made inside function"


for i in range(5):
    bump(i)
print(counter, shadow(), counter, read_only())
record("start")
CONFIG["verbose"] = True
record("middle")
set_level(5)
record("after set_level")
print(log, CONFIG)
define_new()
print(created_later)


def uses_before_assignment():
    try:
        print(counter)
        counter = 1
    except UnboundLocalError as e:
        print("UnboundLocalError")


uses_before_assignment()
