"""bool & | ^ keep bool (True & False is False), mixed with ints they give ints; augmented forms."""
a = True
b = False
print(a & b, a | b, a ^ a, a & 3, 3 | b, b ^ 1, ~a, -a, a + a)
x = True
x &= False
y = False
y |= True
z = True
z ^= True
print(x, y, z, type(x).__name__)
flags = [True, False, True]
acc = True
for f in flags:
    acc &= f
print(acc, any(flags) & all(flags), (1 < 2) | (2 < 1), (1 < 2) ^ (2 > 1))
print({True, False} & {True}, {1: a & b})
