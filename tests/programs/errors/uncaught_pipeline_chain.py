class PipelineError(Exception):
    def __init__(self, stage, detail):
        super().__init__(f"stage {stage} failed: {detail}")
        self.stage = stage


def stage_parse(rows):
    out = []
    for r in rows:
        name, qty = r.split(":")
        out.append((name, int(qty)))
    return out


def run(rows):
    try:
        parsed = stage_parse(rows)
    except ValueError as e:
        raise PipelineError("parse", e) from e
    total = sum(q for _, q in parsed)
    print("total", total)
    return parsed


print(run(["a:1", "b:2"]))
try:
    run(["a:1", "b"])
except PipelineError as e:
    print("handled:", e, "| stage:", e.stage, "| cause:", type(e.__cause__).__name__)
print("now failing for real")
run(["x:1", "y:two"])
print("unreachable")
