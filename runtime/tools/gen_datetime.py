"""Regenerates runtime/tests/data/datetime.jsonl: datetime.date/time/datetime/timedelta construction and validation,
arithmetic, comparisons, calendar methods, isoformat/fromisoformat, str/repr and strftime/strptime, evaluated by
CPython 3.11 (see exprcase.py). Hashes are left out: CPython hashes dates and times from their bytes with the
process's random seed.

Usage: python3.11 runtime/tools/gen_datetime.py (deterministic, seeded).
"""
import random
import sys

from exprcase import A, B, C, G, M, U, write_cases

assert sys.version_info[:2] == (3, 11), "expected values are defined by CPython 3.11"


def D(*a, **k):
    return C("datetime.date", *a, **k)


def T(*a, **k):
    return C("datetime.time", *a, **k)


def DT(*a, **k):
    return C("datetime.datetime", *a, **k)


def TD(*a, **k):
    return C("datetime.timedelta", *a, **k)


def cases():
    r = random.Random(11)
    out = []
    for a in [(2024, 1, 5), (2020, 13, 1), (0, 1, 1), (10000, 1, 1), (2021, 2, 29), (2024, 2, 29), (2023, 4, 31), (2020.0, 1, 1), ("2020", 1, 1), (1, 1, 1), (9999, 12, 31), (2020, 0, 1), (2020, 1, 0)]:
        out.append(D(*a))
    out.append(D(year=2000, month=2, day=3))
    out.append(D(2000, 2))
    for a in [(), (12,), (12, 30), (12, 30, 15), (12, 30, 0, 5), (24,), (1, 60), (1, 1, 60), (1, 1, 1, 1000000), (-1,), (0, 0, 0, 999999)]:
        out.append(T(*a))
    for a in [(2024, 1, 5), (2024, 1, 5, 13, 4), (2024, 1, 5, 13, 4, 5), (2024, 1, 5, 13, 4, 0, 7), (2024, 1, 5, 24), (2024, 2, 30, 1), (2024,)]:
        out.append(DT(*a))
    out.append(DT(2024, 1, 5, minute=7, microsecond=9))
    kws = [dict(days=1), dict(days=-1), dict(seconds=-1), dict(hours=25), dict(weeks=2, days=-3), dict(minutes=90.5), dict(days=0.1),
           dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=-0.5), dict(milliseconds=1.0005), dict(seconds=1e-7),
           dict(days=1e-11), dict(hours=-1.75), dict(days=999999999), dict(days=1000000000), dict(days=-999999999, seconds=-1),
           dict(days=1e10), dict(seconds=86399.9999995), dict(days=1, seconds=2, microseconds=3, milliseconds=4, minutes=5, hours=6, weeks=7),
           dict(days="1"), dict(), dict(seconds=3661), dict(microseconds=-1)]
    for k in kws:
        out.append(TD(**k))
    out.append(TD(1, 2, 3))
    for _ in range(40):
        k = {n: r.choice([r.randint(-100000, 100000), round(r.uniform(-1000, 1000), r.randint(0, 7))]) for n in r.sample(["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"], r.randint(1, 3))}
        out.append(TD(**k))

    def rdate():
        return D(r.randint(1, 9999), r.randint(1, 12), r.randint(1, 28))

    def rdt():
        return DT(r.randint(1900, 2100), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice([0, r.randint(0, 999999)]))

    def rtd():
        return TD(days=r.randint(-800, 800), seconds=r.randint(-90000, 90000), microseconds=r.choice([0, r.randint(-10**6, 10**6)]))

    for _ in range(60):
        d = rdate()
        for meth in ["toordinal", "weekday", "isoweekday", "isocalendar", "isoformat", "ctime"]:
            out.append(M(d, meth))
        out.append(U("str", d))
        out.append(B("+", d, rtd()))
        out.append(B("-", d, rtd()))
        out.append(B("-", d, rdate()))
        out.append(B(r.choice(["<", "<=", "==", "!=", ">", ">="]), d, rdate()))
        out.append(C(A(G("datetime.date"), "fromordinal"), r.randint(1, 3652059)))
    for y in list(range(2000, 2031)) + [1, 9999, 1900, 2100]:
        for md in [(1, 1), (1, 2), (1, 3), (1, 4), (12, 28), (12, 29), (12, 30), (12, 31)]:
            out.append(M(D(y, *md), "isocalendar"))
    out.append(A(M(D(2024, 1, 5), "isocalendar"), "week"))
    out.append(C("builtins.tuple", M(D(2024, 1, 5), "isocalendar")))
    for _ in range(60):
        x = rdt()
        out.append(U("str", x))
        out.append(M(x, "isoformat"))
        out.append(M(x, "isoformat", " "))
        out.append(M(x, "isoformat", timespec=r.choice(["hours", "minutes", "seconds", "milliseconds", "microseconds", "auto"])))
        out.append(B("+", x, rtd()))
        out.append(B("-", x, rtd()))
        out.append(B("-", x, rdt()))
        out.append(B(r.choice(["<", "<=", "==", "!=", ">", ">="]), x, rdt()))
        out.append(M(x, "date"))
        out.append(M(x, "time"))
        out.append(M(x, "weekday"))
        out.append(M(x, "ctime"))
        out.append(M(x, "strftime", "%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %p %y %I %w %U %W %% %c %x %X"))
    for _ in range(60):
        a, b = rtd(), rtd()
        for u in ["neg", "pos", "abs", "str", "repr", "bool"]:  # hash: see the module doc of datetime.rs
            out.append(U(u, a))
        out.append(M(a, "total_seconds"))
        for op in ["+", "-", "/", "//", "%", "<", "==", ">="]:
            out.append(B(op, a, b))
        out.append(C("builtins.divmod", a, b))
        n = r.choice([0, 1, -3, 7, 1000, True])
        out.append(B("*", a, n))
        out.append(B("*", n, a))
        out.append(B("//", a, n))
        out.append(B("/", a, n))
        f = r.choice([0.5, -1.5, 0.1, 3.0, 1e-6, 2.5, 0.0])
        out.append(B("*", a, f))
        out.append(B("/", a, f))
    for x, y, op in [(D(2020, 1, 1), 1, "+"), (D(2020, 1, 1), DT(2020, 1, 1), "<"), (D(2020, 1, 1), DT(2020, 1, 1), "=="), (TD(1), 3, "<"),
                     (D(2020, 1, 1), 3, "<"), (TD(1), 0, "/"), (TD(1), TD(0), "/"), (TD(1), TD(0), "//"), (TD(1), TD(0), "%"), (TD(1), 1, "+"),
                     (A(G("datetime.date"), "max"), TD(1), "+"), (A(G("datetime.date"), "min"), TD(1), "-"), (DT(2020, 1, 1), D(2020, 1, 1), "-"),
                     (T(1), T(2), "-"), (T(1), T(2), "<"), (T(1, 2), T(1, 2), "=="), (TD(1), "x", "*"), (TD(days=1), TD(hours=24), "==")]:
        out.append(B(op, x, y))
    for cls in ["date", "time", "datetime", "timedelta"]:
        for a in ["min", "max", "resolution"]:
            out.append(A(G("datetime." + cls), a))
    out.append(G("datetime.MINYEAR"))
    out.append(G("datetime.MAXYEAR"))
    for s in ["2024-01-05", "20240105", "2024-1-5", "2024-02-30", "", "2024-01-05T10:11", "abcd-ef-gh"]:
        out.append(C(A(G("datetime.date"), "fromisoformat"), s))
    for s in ["2024-01-05", "2024-01-05T10", "2024-01-05 10:11", "2024-01-05T10:11:12", "2024-01-05T10:11:12.5", "2024-01-05T10:11:12.123456",
              "2024-01-05T1011", "2024-01-05T25:00", "2024-01-05X10:11:12", "2024-01-05T10:11:12.1234567", "20240105T101112", "2024-01-05T"]:
        out.append(C(A(G("datetime.datetime"), "fromisoformat"), s))
    for s in ["10:11", "10:11:12", "10:11:12.000500", "1011", "25:00", "10"]:
        out.append(C(A(G("datetime.time"), "fromisoformat"), s))
    for s, f in [("2024-01-05", "%Y-%m-%d"), ("5/1/24", "%d/%m/%y"), ("2024-01-05 13:04:05", "%Y-%m-%d %H:%M:%S"), ("Jan 5 2024", "%b %d %Y"),
                 ("january 05, 2024", "%B %d, %Y"), ("Fri, 05 Jan 2024 01:02:03 PM", "%a, %d %b %Y %I:%M:%S %p"), ("12:00 AM", "%I:%M %p"),
                 ("12:30 pm", "%I:%M %p"), ("2024 032", "%Y %j"), ("2024-01-05 13:04:05.123", "%Y-%m-%d %H:%M:%S.%f"), ("2024", "%Y %m"),
                 ("2024 01 5x", "%Y %m %d"), ("2024-02-30", "%Y-%m-%d"), ("99", "%y"), ("68", "%y"), ("69", "%y"), ("100%", "%d%%"),
                 ("2024-13-01", "%Y-%m-%d"), ("  2024", " %Y"), ("2024   1", "%Y %m"), ("Friday 5", "%A %d"), ("1 2", "%d  %m"), ("7", "%H"), ("31", "%d")]:
        out.append(C(A(G("datetime.datetime"), "strptime"), s, f))
    for x in [D(2024, 1, 5), DT(2024, 1, 5, 7, 8, 9, 10), T(7, 8, 9)]:
        out.append(M(x, "replace", day=6) if x[1][2] != "time" else M(x, "replace", hour=6))
    out.append(M(D(2024, 1, 31), "replace", month=2))
    out.append(M(DT(2024, 1, 31), "replace", hour=24))
    out.append(M(D(2024, 1, 31), "replace", 2023))
    out.append(M(T(7, 8), "strftime", "%H:%M %p %Y"))
    out.append(M(T(7, 8, 9, 10), "isoformat"))
    out.append(M(T(7, 8, 9, 10), "isoformat", "milliseconds"))
    out.append(C(A(G("datetime.datetime"), "combine"), D(2024, 1, 5), T(1, 2)))
    out.append(C("builtins.format", D(2024, 1, 5), "%d.%m.%Y"))
    out.append(C("builtins.format", DT(2024, 1, 5, 1, 2), ""))
    out.append(C("builtins.isinstance", DT(2024, 1, 5), G("datetime.date")))
    out.append(C("builtins.sorted", [D(2024, 1, 5), D(2023, 5, 1), D(2024, 1, 1)]))
    out.append(C("builtins.sum", [TD(hours=5), TD(minutes=70)], TD(0)))
    out.append(C("builtins.max", TD(1), TD(-2), TD(hours=30)))
    return out


if __name__ == "__main__":
    write_cases("datetime.jsonl", cases())
