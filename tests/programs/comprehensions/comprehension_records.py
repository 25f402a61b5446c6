# Querying a list of records with comprehensions, like a tiny SQL: select, where, join, group.

employees = [
    {"id": 1, "name": "ann", "dept": 10, "salary": 5200},
    {"id": 2, "name": "bob", "dept": 20, "salary": 4100},
    {"id": 3, "name": "cy", "dept": 10, "salary": 6100},
    {"id": 4, "name": "dee", "dept": 30, "salary": 3900},
    {"id": 5, "name": "eve", "dept": 20, "salary": 4800},
]
depts = [{"id": 10, "name": "eng"}, {"id": 20, "name": "ops"}, {"id": 30, "name": "hr"}, {"id": 40, "name": "legal"}]
print([e["name"] for e in employees if e["salary"] > 4500])
joined = [(e["name"], d["name"]) for e in employees for d in depts if e["dept"] == d["id"]]
print(joined)
by_dept = {d["name"]: [e["name"] for e in employees if e["dept"] == d["id"]] for d in depts}
print(by_dept)
stats = {name: (len(s), sum(s) // len(s)) for name, s in
         ((d["name"], [e["salary"] for e in employees if e["dept"] == d["id"]]) for d in depts) if s}
print(stats)
print([d["name"] for d in depts if not any(e["dept"] == d["id"] for e in employees)])
top = max(employees, key=lambda e: e["salary"])
print({k: v for k, v in top.items() if k != "id"})
raises = {e["name"]: round(e["salary"] * (1.1 if e["dept"] == 10 else 1.05)) for e in employees}
print(raises)
