# Edge cases of json, itertools and container comparison: circular and deeply nested documents,
# bytes documents in every encoding json detects, groupby's shared-iterator rule, count/repeat reprs.
import json, copy, itertools
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
l = [1]; l.append(l)
t("repr rec", lambda: repr(l))
d = {}; d['a'] = d
t("repr rec dict", lambda: repr(d))
t("str rec", lambda: str([l, d]))
t("deepcopy rec", lambda: (lambda c: (c[1] is c, c is not l))(copy.deepcopy(l)))
t("json deep", lambda: json.loads('[' * 100000 + ']' * 100000))
t("json deep obj", lambda: json.loads('{"a":' * 100000 + '1' + '}' * 100000))
t("json loads bytes", lambda: [json.loads(b'[1, "\\u00e9"]'), json.loads('{"a": "é"}'.encode('utf-16')), json.loads('[2]'.encode('utf-16-le')), json.loads('[3]'.encode('utf-32-be')), json.loads(bytearray(b'\xef\xbb\xbf"x"'))])
t("json loads bad bytes", lambda: json.loads(b'[\xff]'))
t("json str bom", lambda: json.loads('\ufeff[1]'))
g = itertools.groupby('aabbbcd')
k1, g1 = next(g)
t("g1 first", lambda: next(g1))
k2, g2 = next(g)
t("g1 after", lambda: list(g1))
t("g2", lambda: list(g2))
t("rest", lambda: [(k, list(v)) for k, v in g])
t("count reprs", lambda: [repr(itertools.count()), repr(itertools.count(1.5)), repr(itertools.count(2, 1.0)), repr(itertools.count(2, True)), repr(itertools.count(-1, -3))])
c = itertools.count(5, 2); next(c)
t("count after", lambda: repr(c))
r = itertools.repeat([1], 2); next(r)
t("repeat after", lambda: [repr(r), repr(itertools.repeat(None)), repr(itertools.repeat('x', -4))])
t("nested eq", lambda: l == l)
m = [1]; m.append(m)
t("rec eq", lambda: l == m)
