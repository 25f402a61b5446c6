# Packs sensor readings into typed arrays, round-trips them through bytes, summarizes them with reprlib,
# and reports out-of-range values the way the array module does; errno names the failures of file access.
import errno
import gc
import reprlib
from array import array

readings = array("h")
for t in range(40):
    readings.append((t * 37) % 200 - 100)
print(reprlib.repr(readings), len(readings), readings.itemsize)
print("min", min(readings), "max", max(readings), "sum", sum(readings))

raw = readings.tobytes()
print(len(raw), raw[:8].hex())
copy = array("h")
copy.frombytes(raw)
print(copy == readings, copy is readings)
copy.byteswap()
print(copy[:4], copy == readings)

for value in (32767, 32768, -40000, 2.5, "12"):
    try:
        readings.append(value)
        print("appended", value)
    except (OverflowError, TypeError) as e:
        print("rejected", repr(value), "->", type(e).__name__, e)

scaled = array("d", (v / 8 for v in readings[:10]))
print(scaled)
floats = array("f", [0.1, 0.25, 1 / 3])
print(floats, floats.tolist() == [0.1, 0.25, 1 / 3])

window = readings[5:15]
window.reverse()
window.remove(window[0])
window.insert(0, 0)
print(window, window.index(0), window.count(0))
merged = window + array("h", [1, 2, 3]) * 2
print(reprlib.repr(merged.tolist()), merged.pop(), merged.pop(0))

counts = array("L", [0] * 4)
for v in readings[:40]:
    counts[(v + 100) * 4 // 201] += 1
print("histogram", counts.tolist(), sum(counts))

summary = reprlib.Repr()
summary.maxlist = 3
summary.maxstring = 12
print(summary.repr(list(readings)), summary.repr("a very long sensor label"))

for path in ("/nonexistent-dir/sensor.log",):
    try:
        open(path)
    except OSError as e:
        print(errno.errorcode[e.errno], e.errno == errno.ENOENT)

gc.disable()
print("gc enabled:", gc.isenabled())
gc.enable()
print("gc enabled:", gc.isenabled(), gc.get_threshold())
