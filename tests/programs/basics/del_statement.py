# del on names, list items, slices, dict keys, attributes; NameError after del; del in loops.
x = 10
y = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
d = {"a": 1, "b": 2, "c": 3}
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
del y[0]
del y[-1]
print(y)
del y[::2]
print(y)
del y[1:3]
print(y)
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)


class Box:
    def __init__(self):
        self.a, self.b = 1, 2


box = Box()
del box.a
print(vars(box), hasattr(box, "a"))
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
nums = list(range(10))
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 3 == 0:
        del nums[i]
print(nums)


def local_del():
    v = "temp"
    del v
    try:
        return v
    except UnboundLocalError:
        return "UnboundLocalError after del"


print(local_del())
