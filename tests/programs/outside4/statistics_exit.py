import sys
def main(argv):
    data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    mean = sum(data) / len(data)
    var = sum((x - mean) ** 2 for x in data) / (len(data) - 1)
    print(f"mean={mean:.4f} var={var:.4f} sd={var ** 0.5:.4f}")
    import statistics as st
    print(st.mean(data), st.median(data), st.mode(data), round(st.stdev(data), 6), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
    print(round(st.pvariance(data), 6), st.multimode("aabbc"), st.fmean([1, 2, 4]), st.harmonic_mean([1, 2, 4]))
    print(st.quantiles(data, n=4), st.geometric_mean([1, 10, 100]))
    if len(data) > 5:
        print("too much data", file=sys.stderr)
        return 3
    return 0
try:
    sys.exit(0) if False else None
except SystemExit:
    pass
try:
    sys.exit("message exit")
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("code", e.code)
if __name__ == "__main__":
    sys.exit(main(sys.argv))
