# Mutual recursion: even/odd, a recursive-descent grammar recogniser, Hofstadter sequences.
import sys

sys.setrecursionlimit(5000)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def F(n):
    return 1 if n == 0 else n - M(F(n - 1))


def M(n):
    return 0 if n == 0 else n - F(M(n - 1))


def parse_list(s, i):
    # list := '(' items ')' ; items := (atom | list)*
    assert s[i] == "("
    i += 1
    items = []
    while s[i] != ")":
        if s[i] == "(":
            sub, i = parse_list(s, i)
            items.append(sub)
        elif s[i] == " ":
            i += 1
        else:
            atom, i = parse_atom(s, i)
            items.append(atom)
    return items, i + 1


def parse_atom(s, i):
    j = i
    while s[j] not in " ()":
        j += 1
    text = s[i:j]
    return (int(text) if text.lstrip("-").isdigit() else text), j


print([is_even(n) for n in range(6)], is_odd(777))
print([F(n) for n in range(15)])
print([M(n) for n in range(15)])
tree, end = parse_list("(define (square x) (* x x) (list 1 -2 (nested (deep 3))))", 0)
print(tree, end)
