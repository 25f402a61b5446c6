# Building a formatted text report with join, ljust/rjust, and str.format alignment.

SALES = [
    ("Q1", "North", 12500.5), ("Q1", "South", 9800.0), ("Q2", "North", 14100.25),
    ("Q2", "South", 10250.75), ("Q3", "North", 13000.0), ("Q3", "South", 11875.5),
    ("Q4", "North", 15999.99), ("Q4", "South", 12000.01),
]


def bar(value, scale=1000):
    full = int(value // scale)
    return "█" * full + ("▌" if value % scale >= scale / 2 else "")


def report(rows):
    out = []
    title = "Quarterly Sales Report"
    out.append(title.center(60, "="))
    out.append("{:<4} {:<6} {:>12}  {}".format("Q", "Region", "Amount", "Chart"))
    for q, region, amount in rows:
        out.append("{:<4} {:<6} {:>12,.2f}  {}".format(q, region, amount, bar(amount)))
    total = sum(a for _, _, a in rows)
    out.append("-" * 60)
    out.append("{:<11} {:>12,.2f}".format("Total", total))
    by_region = {}
    for _, region, amount in rows:
        by_region[region] = by_region.get(region, 0) + amount
    for region, amount in by_region.items():
        share = amount / total
        out.append(f"{region:<11} {amount:>12,.2f} {share:>7.2%}")
    return "\n".join(out)


print(report(SALES))
