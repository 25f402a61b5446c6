# random's module constants, read directly, through the module object and used in arithmetic.
import random

names = ["NV_MAGICCONST", "TWOPI", "LOG4", "SG_MAGICCONST", "BPF", "RECIP_BPF"]
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
for n in names:
    v = getattr(random, n)
    print(n, repr(v), type(v).__name__, v.hex() if isinstance(v, float) else v)
print(random.RECIP_BPF * 2 ** random.BPF, random.TWOPI / 2)
