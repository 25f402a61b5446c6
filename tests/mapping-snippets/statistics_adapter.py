# Snippet for the 'statistics' adapter: every mapped name, on ints, floats and Fractions.
import statistics
from fractions import Fraction
from statistics import LinearRegression, StatisticsError, mean, median, stdev

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(mean([1, 2, 3, 4, 4]), mean(data), statistics.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3)]), statistics.fmean(data))
print(statistics.fmean([3.5, 4.0, 5.25], [1, 2, 3]), statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]), median([1, 3, 5, 7]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.mode(["red", "blue", "blue", "red", "green", "red"]), statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"))
print(statistics.variance(data), statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), statistics.variance([1, 2, 3, 4], 2.5))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), statistics.correlation(x, x))
fit: LinearRegression = statistics.linear_regression([1972, 1979, 1982, 1987], [1, 2, 3, 4])
print(fit, type(fit).__name__, round(fit.slope, 6), round(fit.intercept, 3), statistics.linear_regression(x, [2 * v for v in x], proportional=True))
for bad in ([], [1]):
    try:
        stdev(bad)
    except StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
