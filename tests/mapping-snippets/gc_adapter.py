# Snippet for the 'gc' adapter (implemented in Python, compiled with the program).
import gc
from gc import enable, disable, isenabled, get_threshold, set_threshold, get_debug, is_finalized, garbage

print(isenabled(), get_threshold(), get_debug(), garbage)
disable()
print(gc.isenabled())
enable()
print(gc.isenabled())
set_threshold(100)
print(get_threshold())
set_threshold(5, 6, True)
print(gc.get_threshold())
for bad in [(), (1, 2, 3, 4), ("x",), (1.5,), (2 ** 40,), (-2 ** 40,), (2 ** 70,)]:
    try:
        set_threshold(*bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    gc.enable(1)
except TypeError as e:
    print(e)


class Box:
    pass


print(is_finalized(Box()), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
