"""Regenerates runtime/tests/data/stdlib_names.jsonl: the time module's calendar functions and struct_time,
sys.version_info/float_info/int_info, string.Template, operator.length_hint, functools.partial, re Match attributes and
flag reprs, json.JSONDecodeError attributes, date.timetuple(), evaluated by CPython 3.11 (see exprcase.py).

Usage: python3.11 runtime/tools/gen_stdlib_names.py (deterministic, seeded).
"""
import calendar
import os
import random
import sys

os.environ["TZ"] = "UTC"  # localtime/mktime/ctime: the runtime supports the UTC zone only
import time

time.tzset()

from exprcase import A, B, C, G, M, U, write_cases

assert sys.version_info[:2] == (3, 11), "expected values are defined by CPython 3.11"

STRFTIME = ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %h", "%c|%x|%X|%r|%R|%T|%D|%F", "%j %U %W %w %u %V %G %g", "%I %l %k %p %P %e %C %y",
            "%Z %z %%", "%f %Q %E %Ey %Od", "%-d %-m %_d %_H %0e %5Y %3d %^a %^B %#b %#p %#Z", "%n%t%", "%s", "plain", "", "%"]


def cases():
    r = random.Random(7)
    out = []
    secs = [0, 1, -1, 59, 86399, 86400, -86400, 951782400, 951868800, 1e9, 1234567890.75, -1.5, 2**31, 4102444800, 1709647629, -2208988800,
            253402300799, 68256000000, -62135596800]
    secs += [r.randint(-2 * 10**9, 4 * 10**9) for _ in range(60)]
    for s in secs:
        g = C("time.gmtime", s)
        out.append(g)
        out.append(C("builtins.tuple", g))
        out.append(A(g, "tm_zone"))
        out.append(A(g, "tm_gmtoff"))
        out.append(A(g, "tm_yday"))
        out.append(C("time.localtime", s))
        out.append(A(C("time.localtime", s), "tm_zone"))
        out.append(C("time.asctime", g))
        out.append(C("time.ctime", s))
        out.append(C("time.mktime", g))
        out.append(C("time.strftime", r.choice(STRFTIME), g))
    for f in STRFTIME:
        out.append(C("time.strftime", f, C("time.gmtime", 1709647629)))
        out.append(C("time.strftime", f, (2024, 3, 5, 14, 7, 9, 1, 65, 0)))
        out.append(C("time.strftime", f, C("time.localtime", 0)))
    # ISO weeks around new year, every weekday.
    for y in [2019, 2020, 2021, 2024, 2026, 1999, 2000]:
        for md in [(1, 1), (1, 2), (1, 3), (1, 4), (1, 7), (12, 28), (12, 29), (12, 30), (12, 31)]:
            out.append(C("time.strftime", "%G-%V %g %U %W %j %a", C("time.gmtime", calendar.timegm((y, md[0], md[1], 0, 0, 0)))))
    tuples = [(2024, 3, 5, 14, 7, 9, 1, 65, 0), (2024, 0, 0, 0, 0, 0, 0, 0, 0), (2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
              (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 61, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0),
              (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 9, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 14, 40, 25, 70, 70, 0, 0, -1),
              (2024, 2, 29, 12, 0, 0, 3, 60, 0), (2023, -1, 1, 0, 0, 0, 0, 1, 0), (1900, 1, 1, 0, 0, 0, 0, 1, 0), (1, 2, 3), [2024, 1, 1, 0, 0, 0, 0, 1, 0],
              "x", (2024, 1.5, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 1, 0, 0)]
    for t in tuples:
        out.append(C("time.asctime", t))
        out.append(C("time.mktime", t))
        out.append(C("time.strftime", "%Y %m %d %H %M %S %a %j", t))
        out.append(C("time.struct_time", t))
    out.append(A(C("time.struct_time", (2024, 1, 1, 0, 0, 0, 0, 1, 0)), "tm_zone"))
    out.append(A(C("time.struct_time", (2024, 1, 1, 0, 0, 0, 0, 1, 0, "EST", -18000)), "tm_zone"))
    out.append(A(C("time.struct_time", (2024, 1, 1, 0, 0, 0, 0, 1, 0, "EST", -18000)), "tm_gmtoff"))
    out.append(C("time.struct_time", (2024, 1, 1, 0, 0, 0, 0, 1, 0, "EST", -18000)))
    out.append(C("time.struct_time", tuple(range(12))))
    out.append(C("time.struct_time", 5))
    out.append(B("==", C("time.gmtime", 0), (1970, 1, 1, 0, 0, 0, 3, 1, 0)))
    out.append(B("<", C("time.gmtime", 0), C("time.gmtime", 1)))
    out.append(C("operator.getitem", C("time.gmtime", 0), 0))
    out.append(C("operator.getitem", C("time.gmtime", 86400 * 40), -3))
    out.append(C("builtins.len", C("time.gmtime", 0)))
    out.append(C("builtins.list", C("time.gmtime", 10**9)))
    out.append(A(C("time.gmtime", 0), "n_fields"))
    out.append(G("time.timezone"))
    out.append(G("time.altzone"))
    out.append(G("time.daylight"))
    out.append(G("time.tzname"))
    for bad in [float("nan"), float("inf"), 1e20, "x", None]:
        out.append(C("time.gmtime", bad) if bad is not None else A(C("time.gmtime", bad), "n_fields"))
    out.append(C("time.sleep", -1))
    out.append(C("time.sleep", 0))
    out.append(C("time.sleep", 0.001))
    out.append(C("time.strftime", 5))
    for a in [("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), ("Tue Mar  5 14:07:09 2024",), ("5/3/24", "%d/%m/%y"), ("2024 065", "%Y %j"),
              ("12:30 PM", "%I:%M %p"), ("2024-02-30", "%Y-%m-%d"), ("x", "%Y"), ("2024", "%Y"), (5, "%Y"), ("1999-12-31T23:59:59", "%Y-%m-%dT%H:%M:%S")]:
        out.append(C("time.strptime", *a))
    out.append(A(C("time.strptime", "2024", "%Y"), "tm_zone"))
    out.append(C("time.strftime", "%Y-%m-%d %a %j", C("time.strptime", "2024-03-05", "%Y-%m-%d")))
    # datetime timetuples
    for args in [(2024, 3, 5), (2000, 12, 31), (1, 1, 1), (9999, 12, 31), (2023, 1, 1)]:
        out.append(M(C("datetime.date", *args), "timetuple"))
        out.append(M(C("datetime.datetime", *args, 13, 4, 5, 6), "timetuple"))
        out.append(C("time.strftime", "%Y-%m-%d %H:%M:%S %a %j %Z|%z", M(C("datetime.datetime", *args, 13, 4, 5, 6), "timetuple")))
        out.append(A(M(C("datetime.date", *args), "timetuple"), "tm_yday"))
        out.append(A(M(C("datetime.date", *args), "timetuple"), "tm_zone"))
    # sys
    for name in ["version_info", "float_info", "int_info"]:
        out.append(U("type", G("sys." + name)))
    out.append(A(G("sys.version_info"), "major"))
    out.append(A(G("sys.version_info"), "minor"))
    out.append(A(G("sys.version_info"), "releaselevel"))
    out.append(B(">=", G("sys.version_info"), (3, 8)))
    out.append(C("operator.getitem", G("sys.version_info"), 0))
    out.append(C("builtins.len", G("sys.version_info")))
    out.append(G("sys.float_info"))
    out.append(G("sys.int_info"))
    for a in ["max", "min", "epsilon", "dig", "mant_dig", "max_exp", "min_exp", "max_10_exp", "min_10_exp", "radix", "rounds"]:
        out.append(A(G("sys.float_info"), a))
    for a in ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]:
        out.append(A(G("sys.int_info"), a))
    out.append(C("builtins.tuple", G("sys.float_info")))
    out.append(G("sys.maxsize"))
    # string.Template
    T = lambda s: C("string.Template", s)
    templates = ["$who likes $what", "${who}s and $$5", "$who$what", "a $ b", "$", "x $1 y", "line1\nline2 $ok $", "line1\r\nl2\n  $9",
                 "${ who}", "${who", "$_x_1 $X $é", "tail $who.", "$$$who", "$$", "no placeholders", "", "${a}${b}$c", "\n\n$"]
    maps = [dict(who="tim", what="kung pao", ok=1, _x_1="u", X=2.5, a="A", b=None, c=[1]), dict(who="x"), {}]
    for t in templates:
        for m in maps:
            out.append(M(T(t), "substitute", m))
            out.append(M(T(t), "safe_substitute", m))
        out.append(M(T(t), "substitute", who="kw", what="W", ok=0, _x_1=1, X=2, a=3, b=4, c=5))
        out.append(M(T(t), "safe_substitute", dict(who="map"), who="kw"))
        out.append(M(T(t), "safe_substitute", dict(who="map", what="m2"), who="kw"))
        out.append(M(T(t), "is_valid"))
        out.append(M(T(t), "get_identifiers"))
        out.append(A(T(t), "template"))
    out.append(A(G("string.Template"), "delimiter"))
    out.append(A(G("string.Template"), "idpattern"))
    out.append(M(T("$x"), "substitute", dict(x=1), dict(y=2)))
    out.append(C("string.Template"))
    for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
        out.append(G("string." + name))
    out.append(C("string.capwords", " hello   world  foo"))
    out.append(C("string.capwords", "a-b-c", "-"))
    # operator.length_hint
    for o in [[1, 2, 3], "abc", C("builtins.iter", [1, 2, 3]), C("builtins.iter", ()), C("builtins.iter", (1, 2)), C("builtins.iter", "héllo"),
              C("builtins.iter", C("builtins.range", 10)), C("builtins.iter", C("builtins.range", 0, 10, 3)), C("builtins.reversed", [1, 2]),
              C("builtins.iter", {1: 2, 3: 4}), C("builtins.iter", {1, 2, 3}), C("builtins.map", G("builtins.abs"), [1]),
              C("builtins.zip", [1], [2]), C("builtins.enumerate", [1, 2]), 5, None, C("builtins.iter", M({1: 2}, "items")),
              C("builtins.iter", M({1: 2}, "values")), C("builtins.iter", b"ab")]:
        out.append(C("operator.length_hint", o))
        out.append(C("operator.length_hint", o, 7))
    out.append(C("operator.length_hint", 5, "x"))
    out.append(C("operator.length_hint", 5, 2.0))
    # functools.partial
    p = C("functools.partial", G("builtins.int"), "10", base=2)
    out.append(C(p))
    out.append(A(p, "args"))
    out.append(A(p, "keywords"))
    out.append(C("operator.is_", A(p, "func"), G("builtins.int")))
    out.append(U("repr", p))
    out.append(C(p, base=16))
    p2 = C("functools.partial", C("functools.partial", G("builtins.max"), 1, 2), 3)
    out.append(A(p2, "args"))
    out.append(C(p2, 0))
    out.append(C(A(p2, "func"), 1, 5))
    out.append(U("repr", p2))
    out.append(C("functools.partial"))
    out.append(C("functools.partial", 5))
    out.append(U("type", p))
    # re
    m = C("re.match", r"a(b)(?P<c>c)?", "abcd")
    out.append(A(m, "string"))
    out.append(A(m, "re"))
    out.append(A(A(m, "re"), "pattern"))
    out.append(A(m, "pos"))
    out.append(A(m, "endpos"))
    for f in ["I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE", "A", "ASCII"]:
        out.append(G("re." + f))
        out.append(U("str", G("re." + f)))
        out.append(C("builtins.int", G("re." + f)))
    out.append(B("|", G("re.I"), G("re.M")))
    out.append(U("str", B("|", G("re.I"), G("re.M"))))
    out.append(B("|", G("re.I"), 0))
    out.append(B("==", G("re.I"), 2))
    out.append(A(C("re.compile", "x", B("|", G("re.I"), G("re.S"))), "flags"))
    out.append(A(C("re.compile", "x"), "flags"))
    out.append(A(C("re.compile", "x", G("re.I")), "flags"))
    out.append(C("re.findall", "A", "aAb", B("|", G("re.I"), G("re.M"))))
    # json.JSONDecodeError
    for s in ['{"a": 1,}', '[1, 2', '', 'nul', '{"a" 1}', '[1]\n[2]', '\n\n  {"a": tru}', '"abc', '{"a":1}x', '[1,\n 2,\n ]']:
        e = C("json.loads", s)
        out.append(e)
    out.append(U("type", C("json.JSONDecodeError", "Expecting value", "ab\ncd", 4)))
    e = C("json.JSONDecodeError", "Expecting value", "ab\ncd", 4)
    for a in ["msg", "pos", "lineno", "colno", "doc", "args"]:
        out.append(A(e, a))
    out.append(U("str", e))
    out.append(U("str", C("json.JSONDecodeError", "Bad", "x", 0)))
    out.append(C("builtins.issubclass", G("json.JSONDecodeError"), G("builtins.ValueError")))
    return out


write_cases("stdlib_names.jsonl", cases())
