# Parsing URLs and query strings by hand and with urllib.parse; percent-decoding; rebuilding.
from urllib.parse import urlparse, parse_qs, urlencode, quote, unquote


def parse_query(q):
    out = {}
    for part in q.split("&"):
        if not part:
            continue
        k, _, v = part.partition("=")
        out.setdefault(unquote(k.replace("+", " ")), []).append(unquote(v.replace("+", " ")))
    return out


urls = [
    "https://example.com:8443/search/results?q=python+compiler&page=2&tag=a&tag=b#top",
    "http://user:pw@host/path%20with%20spaces?empty=&flag",
    "ftp://files.example.org/pub/file.tar.gz",
]
for u in urls:
    p = urlparse(u)
    print(p.scheme, p.hostname, p.port, p.path, repr(p.fragment))
    print("  manual:", parse_query(p.query))
    print("  stdlib:", parse_qs(p.query, keep_blank_values=True))
print(urlencode({"q": "a&b c", "n": 5, "x": "é"}), urlencode([("k", 1), ("k", 2)]))
print(quote("a b/c?d"), quote("a b/c", safe=""), unquote("%E2%82%AC%20sign"))
