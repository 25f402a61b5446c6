# A report tool that prefers optional third-party packages and falls back to the standard library
# when they are missing (the usual try/except ImportError idiom); none of them is installed.
try:
    import rapidjson_ext as json_impl
    BACKEND = "rapidjson_ext"
except ImportError:
    import json as json_impl
    BACKEND = "json"

try:
    from tabulate_fast.core import tabulate
except ModuleNotFoundError as exc:
    print("optional:", exc, "| missing name:", exc.name)

    def tabulate(rows, headers):
        widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
        line = " | ".join(h.ljust(w) for h, w in zip(headers, widths))
        body = [" | ".join(str(c).rjust(w) for c, w in zip(r, widths)) for r in rows]
        return "\n".join([line, "-" * len(line)] + body)

try:
    import numpy_accel_xyz  # noqa: F401
    HAVE_ACCEL = True
except (ImportError, OSError) as exc:
    HAVE_ACCEL = False
    print(type(exc).__name__, isinstance(exc, ImportError), exc.args)


def mean(values):
    try:
        import statistics_turbo as st
        return st.mean(values)
    except Exception as exc:
        print("  mean fallback after", type(exc).__name__)
        return sum(values) / len(values)


sales = {"north": [120, 340, 90], "south": [300, 80], "east": [55, 60, 70, 65]}
rows = [[region, len(v), sum(v), round(mean(v), 2)] for region, v in sales.items()]
print(tabulate(rows, ["region", "n", "total", "mean"]))
print("backend:", BACKEND, "accel:", HAVE_ACCEL)
print(json_impl.dumps({"rows": rows}, sort_keys=True))
