import heapq
import struct
from array import array

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(3)], tasks)
nums = [9, 1, 8, 2, 7, 3, 6, 4, 5]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
packed = struct.pack("<ihd?3s", -5, 300, 2.5, True, b"abc")
print(packed.hex(), len(packed), struct.calcsize("<ihd?3s"), struct.calcsize("ihd"), struct.unpack("<ihd?3s", packed))
print(struct.pack(">I", 0xDEADBEEF), struct.unpack(">HH", b"\x01\x02\x03\x04"), struct.pack("!f", 1.5).hex())
for rec in struct.iter_unpack("<hh", struct.pack("<6h", 1, -1, 2, -2, 3, -3)):
    print(rec, end=" ")
print()
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("struct.error:", e)
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a[1:3], a.tolist(), len(a), a.itemsize, a.typecode, sum(a), a.index(3), a.count(1))
b = array("d", [0.5, 1.5])
b[0] = 2.25
print(b, b.tobytes().hex(), array("b", b"\x01\xff"))
a.reverse()
print(a, a.pop(), a, array("u", "hi") if False else "", bytes(array("B", [65, 66])))
