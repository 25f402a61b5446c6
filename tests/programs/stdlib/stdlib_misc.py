"""json, datetime, random, string.Template, copy, operator, statistics, math, sys in one program."""
import json
import random
import copy
import operator
import statistics
import math
import sys
from datetime import date, datetime, timedelta
from string import Template

data = {"name": "Widget", "sizes": [1, 2.5, None], "ok": True, "nested": {"b": 1, "a": [{}]}, "uni": "é✓"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == data, json.loads('[1, 2.0, "x", null, true, {"k": -1e3}]'), json.dumps("a\"b\n"), json.dumps([1, 2], separators=(",", ":")))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
d0 = date(2024, 2, 28)
print(d0 + timedelta(days=1), d0 + timedelta(days=2), (date(2024, 12, 25) - d0).days, d0.weekday(), d0.isoformat(), d0.strftime("%A %d %B %Y"))
dt = datetime(2023, 7, 4, 15, 30, 5)
print(dt, dt.strftime("%Y/%m/%d %H:%M:%S %p %j"), dt + timedelta(hours=10, minutes=45), dt.replace(year=2020).isoformat(), repr(timedelta(days=1, seconds=5)))
print(datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M"), timedelta(seconds=3725), timedelta(days=-1, hours=2), date.fromisoformat("2022-01-31").toordinal())
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(50), 5), random.uniform(1, 2))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choices("xyz", weights=[5, 1, 1], k=6), round(random.gauss(0, 1), 6), random.randrange(0, 100, 7))
t = Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="kiwi"), t.safe_substitute(who="Ann"))
orig = {"a": [1, [2, 3]], "b": {"c": 4}}
sh, dp = copy.copy(orig), copy.deepcopy(orig)
orig["a"][1].append(99)
print(sh["a"], dp["a"], sh is orig, sh["b"] is orig["b"], dp["b"] is orig["b"])
rows = [("b", 2, 9.5), ("a", 2, 7.0), ("c", 1, 8.25)]
print(sorted(rows, key=operator.itemgetter(1, 0)), list(map(operator.attrgetter("real"), [1, 2.5])), operator.mul(6, 7), operator.neg(3))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 4, 1, 5]), statistics.mode("aabbbc"), round(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), 6))
print(statistics.pvariance([1, 2, 3, 4]), statistics.median_low([1, 2, 3, 4]), statistics.fmean([1.5, 2.5]), statistics.multimode("aabbc"))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.copysign(3, -0.0), math.fsum([0.1] * 10), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.sin(math.pi / 6), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.inf > 1e308, math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.pi, math.tau, math.e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(sys.maxsize, sys.version_info[:1] >= (3,), type(sys.argv).__name__, sys.getrecursionlimit() > 100, sys.float_info.max, sys.float_info.epsilon)
print("err line", file=sys.stderr)
sys.stdout.write("written\n")
print(*["a", "b", "c"], sep="|", end="!\n")
print()
print("done", flush=True)
