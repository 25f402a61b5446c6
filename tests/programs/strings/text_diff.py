# A line-based diff using LCS, printing unified-style +/- output, and a word-level similarity score.


def lcs_table(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    return dp


def diff(a, b):
    dp = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append("  " + a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            out.append("- " + a[i])
            i += 1
        else:
            out.append("+ " + b[j])
            j += 1
    out.extend("- " + x for x in a[i:])
    out.extend("+ " + x for x in b[j:])
    return out


OLD = """def greet(name):
    print("Hello " + name)
    return None

greet("world")""".splitlines()
NEW = """def greet(name, punct="!"):
    print(f"Hello {name}{punct}")

greet("world")
greet("again", "?")""".splitlines()
for line in diff(OLD, NEW):
    print(line)
a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox leaps over the very lazy dog".split()
common = lcs_table(a, b)[0][0]
print(f"similarity {2 * common / (len(a) + len(b)):.3f}")
print("\n".join(diff(a, b)))
