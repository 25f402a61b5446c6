# statistics: mean, median variants, mode, stdev/variance, quantiles, fmean, on ints and Fractions.
import statistics as st
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data))
print(st.pstdev(data), st.pvariance(data), round(st.stdev(data), 10), round(st.variance(data), 10))
print(st.quantiles(data, n=4), st.multimode("aabbbcccc d"), st.fmean([1, 2, 3, 4]))
print(st.mean([Fraction(1, 3), Fraction(1, 2)]), st.median([1, 3, 2, 4]), st.mean([1.5, 2.5]))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]))
heights = [162.5, 175.0, 181.2, 158.3, 169.9, 190.1, 172.4]
print(f"mean={st.mean(heights):.3f} sd={st.stdev(heights):.3f} median={st.median(heights)}")
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
