# while loops doing classic numeric work: digit reversal, gcd, binary exponentiation, Newton sqrt,
# base-3 counting, and a bounded search with while/else.


def reverse_digits(n):
    r = 0
    while n:
        n, d = divmod(n, 10)
        r = r * 10 + d
    return r


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def power(b, e):
    result = 1
    while e:
        if e & 1:
            result *= b
        b *= b
        e >>= 1
    return result


def newton_sqrt(x, eps=1e-12):
    guess = x / 2 or 1.0
    steps = 0
    while abs(guess * guess - x) > eps * max(1.0, x):
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps


def first_square_with_digit_sum(target, limit=20000):
    n = 1
    while n < limit:
        if sum(map(int, str(n * n))) == target:
            break
        n += 1
    else:
        return None
    return n, n * n


print([reverse_digits(n) for n in (12345, 100, 7, 9876543210)])
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), power(3, 13), power(2, 100))
for x in (2.0, 10.0, 0.25, 1e6):
    print(x, newton_sqrt(x))
print(first_square_with_digit_sum(45), first_square_with_digit_sum(2))
