# Table statistics: column means, correlations, normalisation and a pretty-printed summary.

TABLE = [
    # height, weight, age
    [170, 65, 30], [160, 55, 25], [180, 80, 35], [175, 72, 40],
    [165, 60, 28], [190, 90, 45], [155, 50, 22], [185, 85, 38],
]
NAMES = ["height", "weight", "age"]


def mean(xs):
    return sum(xs) / len(xs)


def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5


def corr(xs, ys):
    mx, my = mean(xs), mean(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    den = (sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys)) ** 0.5
    return num / den


cols = list(zip(*TABLE))
for name, col in zip(NAMES, cols):
    print(f"{name:>7}: mean={mean(col):8.3f} sd={stdev(col):7.3f} range={min(col)}-{max(col)}")
print("correlation matrix")
print(" " * 8 + "".join(f"{n:>9}" for n in NAMES))
for n1, c1 in zip(NAMES, cols):
    print(f"{n1:>8}" + "".join(f"{corr(c1, c2):9.4f}" for c2 in cols))
z = [[round((v - mean(c)) / stdev(c), 3) for v, c in zip(row, cols)] for row in TABLE]
for row in z[:3]:
    print(row)
bmi = [round(w / (h / 100) ** 2, 1) for h, w, _ in TABLE]
print(bmi, max(bmi), sorted(range(len(bmi)), key=lambda i: bmi[i])[:3])
