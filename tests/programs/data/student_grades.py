# Student grade book: weighted averages, letter grades, ranking with ties, per-assignment stats.

SCORES = """name,hw1,hw2,midterm,final
Ana,95,88,91,94
Ben,72,85,68,75
Chloe,88,92,95,89
Dev,60,55,72,65
Eli,95,88,91,94
Fay,100,97,85,92
Gus,45,70,58,61
"""
WEIGHTS = {"hw1": 0.15, "hw2": 0.15, "midterm": 0.3, "final": 0.4}


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


lines = SCORES.strip().splitlines()
cols = lines[0].split(",")[1:]
students = {}
for line in lines[1:]:
    name, *vals = line.split(",")
    students[name] = dict(zip(cols, map(int, vals)))
finals = {n: sum(s[c] * WEIGHTS[c] for c in cols) for n, s in students.items()}
ranked = sorted(finals.items(), key=lambda kv: (-kv[1], kv[0]))
rank, prev = 0, None
for i, (name, score) in enumerate(ranked, 1):
    if score != prev:
        rank, prev = i, score
    print(f"{rank:2}. {name:<6} {score:6.2f} {letter(score)}")
for c in cols:
    vals = [s[c] for s in students.values()]
    mean = sum(vals) / len(vals)
    sd = (sum((v - mean) ** 2 for v in vals) / len(vals)) ** 0.5
    print(f"{c:8} min={min(vals):3} max={max(vals):3} mean={mean:6.2f} sd={sd:6.2f}")
dist = {}
for score in finals.values():
    dist[letter(score)] = dist.get(letter(score), 0) + 1
print(dict(sorted(dist.items())))
