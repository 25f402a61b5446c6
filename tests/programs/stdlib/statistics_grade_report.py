# A grade report: central tendency, spread and quantiles per class with the statistics module, exact Fraction
# averages for a points table, weighted means, a trend line with linear_regression, and StatisticsError handling.
import statistics
from fractions import Fraction

CLASSES = {
    "algebra": [72, 85, 91, 66, 85, 78, 94, 59, 85, 88, 73, 81],
    "biology": [68.5, 74.0, 91.25, 88.0, 79.5, 62.75, 85.0, 93.5],
    "chemistry": [55, 61, 70, 70, 82, 90],
    "drama": [100, 100, 95],
}

print(f"{'class':<10} {'n':>2} {'mean':>8} {'median':>7} {'mode':>5} {'stdev':>8} {'pstdev':>8} {'var':>9}")
for name, scores in CLASSES.items():
    mean = statistics.mean(scores)
    print(f"{name:<10} {len(scores):>2} {mean:>8.3f} {statistics.median(scores):>7} {statistics.mode(scores):>5} "
          f"{statistics.stdev(scores):>8.4f} {statistics.pstdev(scores):>8.4f} {statistics.variance(scores):>9.4f}")

for name, scores in CLASSES.items():
    print(name, statistics.mean(scores), statistics.fmean(scores), statistics.median_low(scores), statistics.median_high(scores))
    print("  variance", statistics.variance(scores), "pvariance", statistics.pvariance(scores))
    print("  stdev", statistics.stdev(scores), "pstdev", statistics.pstdev(scores))
    if len(scores) >= 4:
        print("  quartiles", statistics.quantiles(scores), "deciles", statistics.quantiles(scores, n=10, method="inclusive"))
    print("  multimode", statistics.multimode(scores), "grouped median", statistics.median_grouped(scores, interval=5))

everyone = [s for scores in CLASSES.values() for s in scores]
print("all:", statistics.mean(everyone), statistics.median(everyone), round(statistics.stdev(everyone), 6))
print("geometric", statistics.geometric_mean(everyone), "harmonic", statistics.harmonic_mean(everyone))

# Exact averages of points given as fractions of a task.
points = [Fraction(7, 8), Fraction(2, 3), Fraction(5, 6), Fraction(1, 2), Fraction(11, 12)]
print("fraction mean", statistics.mean(points), "variance", statistics.variance(points), "median", statistics.median(points))
print("mixed", statistics.mean(points + [1, 2]), statistics.pvariance([Fraction(1, 3), 2, Fraction(5, 2)]))

# Weighted final grade: exam counts three times.
parts = [78.0, 92.5, 88.0]
weights = [1, 1, 3]
print("weighted", statistics.fmean(parts, weights), statistics.harmonic_mean(parts, weights))

# Scores over the weeks: is the class improving?
weeks = [1, 2, 3, 4, 5, 6, 7, 8]
avg = [61.0, 63.5, 62.0, 66.5, 70.0, 71.5, 74.0, 73.5]
fit = statistics.linear_regression(weeks, avg)
print(f"trend: {fit.slope:+.4f} points/week, start {fit.intercept:.4f}; week 10 -> {fit.slope * 10 + fit.intercept:.2f}")
print("covariance", statistics.covariance(weeks, avg), "correlation", round(statistics.correlation(weeks, avg), 12))

for bad in [[], [42]]:
    for f in (statistics.mean, statistics.stdev, statistics.median, statistics.mode):
        try:
            print(f.__name__, f(bad))
        except statistics.StatisticsError as e:
            print(f.__name__, "->", e)
try:
    statistics.quantiles([1, 2, 3], n=0)
except ValueError as e:
    print(type(e).__name__, e)
