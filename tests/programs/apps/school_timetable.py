# Greedy timetable construction with constraint checking (teacher/room clashes), then printing a grid.

CLASSES = [
    ("Math", "Smith", "7A", 3), ("Physics", "Jones", "7A", 2), ("History", "Brown", "7A", 2),
    ("Math", "Smith", "7B", 3), ("Biology", "Jones", "7B", 2), ("Art", "Green", "7B", 1),
    ("Chemistry", "Jones", "8A", 2), ("Math", "Adams", "8A", 3), ("History", "Brown", "8A", 1),
]
DAYS = ["Mon", "Tue", "Wed"]
PERIODS = 3
slots = [(d, p) for d in DAYS for p in range(1, PERIODS + 1)]
schedule = {}
teacher_busy = set()
group_busy = set()
unplaced = []
for subject, teacher, group, count in sorted(CLASSES, key=lambda c: -c[3]):
    placed = 0
    used_days = set()
    for slot in slots:
        if placed == count:
            break
        day, period = slot
        if (teacher, slot) in teacher_busy or (group, slot) in group_busy:
            continue
        if day in used_days and count <= len(DAYS):
            continue
        schedule[(group, slot)] = f"{subject[:4]}/{teacher[:2]}"
        teacher_busy.add((teacher, slot))
        group_busy.add((group, slot))
        used_days.add(day)
        placed += 1
    if placed < count:
        unplaced.append((subject, group, count - placed))
groups = sorted({c[2] for c in CLASSES})
print("slot    " + "".join(f"{g:>10}" for g in groups))
for slot in slots:
    print(f"{slot[0]} P{slot[1]}  " + "".join(f"{schedule.get((g, slot), '-'):>10}" for g in groups))
print("unplaced:", unplaced)
load = {}
for (teacher, _) in teacher_busy:
    load[teacher] = load.get(teacher, 0) + 1
print(sorted(load.items()))
