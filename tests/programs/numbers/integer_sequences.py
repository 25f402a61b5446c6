# Integer sequences: triangular, perfect powers, Armstrong numbers, happy numbers, digit tricks.


def digits(n):
    return [int(d) for d in str(n)]


def is_armstrong(n):
    ds = digits(n)
    return sum(d ** len(ds) for d in ds) == n


def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(d * d for d in digits(n))
    return n == 1


def digital_root(n):
    while n >= 10:
        n = sum(digits(n))
    return n


def reverse_add_palindrome(n, limit=50):
    for step in range(1, limit + 1):
        n += int(str(n)[::-1])
        if str(n) == str(n)[::-1]:
            return step, n
    return None


print([n * (n + 1) // 2 for n in range(1, 15)])
print([n for n in range(1, 10000) if is_armstrong(n)])
print([n for n in range(1, 60) if is_happy(n)])
print([digital_root(n) for n in (0, 9, 38, 123456789, 2 ** 100)])
print([reverse_add_palindrome(n) for n in (56, 57, 59, 89, 10)])
squares = {i * i for i in range(1, 100)}
print(sorted(a for a in range(1, 60) if any(a * a + b in squares for b in range(1, 20))))
kaprekar = 3524
chain = [kaprekar]
while kaprekar != 6174:
    s = f"{kaprekar:04d}"
    kaprekar = int("".join(sorted(s, reverse=True))) - int("".join(sorted(s)))
    chain.append(kaprekar)
print(chain)
