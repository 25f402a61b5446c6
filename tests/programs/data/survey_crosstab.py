# Survey cross-tabulation: counts and row percentages of answers by age group, chi-square statistic.

RESPONSES = [
    (23, "yes"), (35, "no"), (41, "yes"), (19, "maybe"), (52, "no"), (67, "no"), (29, "yes"), (33, "yes"),
    (45, "maybe"), (58, "yes"), (61, "no"), (24, "maybe"), (38, "no"), (71, "yes"), (18, "yes"), (49, "no"),
]


def age_group(a):
    return "18-29" if a < 30 else "30-49" if a < 50 else "50+"


answers = ["yes", "no", "maybe"]
groups = ["18-29", "30-49", "50+"]
table = {g: {a: 0 for a in answers} for g in groups}
for age, ans in RESPONSES:
    table[age_group(age)][ans] += 1
print(f"{'group':8}" + "".join(f"{a:>8}" for a in answers) + f"{'total':>8}")
for g in groups:
    row = table[g]
    total = sum(row.values())
    print(f"{g:8}" + "".join(f"{row[a]:>8}" for a in answers) + f"{total:>8}")
    print(" " * 8 + "".join(f"{row[a] / total:>8.1%}" for a in answers))
n = len(RESPONSES)
col_tot = {a: sum(table[g][a] for g in groups) for a in answers}
row_tot = {g: sum(table[g].values()) for g in groups}
chi2 = sum((table[g][a] - row_tot[g] * col_tot[a] / n) ** 2 / (row_tot[g] * col_tot[a] / n)
           for g in groups for a in answers)
print(f"chi-square = {chi2:.4f}, dof = {(len(groups) - 1) * (len(answers) - 1)}")
