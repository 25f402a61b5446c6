# A small link checker's URL handling: resolve the links of a page, normalise them, group by host, and build
# API requests with query strings (urllib.parse: urljoin, urlsplit, urlunsplit, quote, urlencode, parse_qsl).
import urllib.parse
from urllib import parse
from urllib.parse import urljoin, urlsplit, urlunsplit, urldefrag


PAGE = "https://docs.example.org/guide/intro/index.html?lang=en#top"
LINKS = ["../api/", "setup.html#install", "/search?q=url+parsing&page=2", "//cdn.example.net/lib.js",
         "HTTPS://Docs.Example.ORG:443/guide/intro/./faq.html", "mailto:help@example.org", "?lang=fr",
         "../../", "https://user:secret@internal.example.org:8080/admin;v=2?x=1", "#contact", "./a%20b/c d.html"]


def normalise(url):
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port
    default = {"http": 80, "https": 443}.get(parts.scheme)
    netloc = host if port is None or port == default else "%s:%d" % (host, port)
    path = parse.quote(parse.unquote(parts.path)) or "/"
    query = urllib.parse.urlencode(sorted(parse.parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


by_host = {}
for link in LINKS:
    absolute = urljoin(PAGE, link)
    clean, fragment = urldefrag(absolute)
    parts = urlsplit(absolute)
    print(f"{link!r:45} -> {absolute}")
    print(f"{'':45}    normalised {normalise(absolute)} fragment={fragment!r}")
    if parts.username:
        print(f"{'':45}    credentials for {parts.username!r} removed, port {parts.port}")
    by_host.setdefault(parts.hostname, []).append(parts.path or "/")
for host in sorted(by_host, key=str):
    print(host, sorted(set(by_host[host])))

# Building API calls.
params = {"q": "naïve café & co", "tags": ["a b", "c/d"], "limit": 10}
print(parse.urlencode(params), parse.urlencode(params, doseq=True))
print(parse.urlencode(params, doseq=True, quote_via=parse.quote, safe="/"))
call = urlunsplit(("https", "api.example.org", "/v1/" + parse.quote("search results/é"), parse.urlencode(params, doseq=True), ""))
print(call)
back = parse.parse_qs(urlsplit(call).query)
print(back, back == {"q": ["naïve café & co"], "tags": ["a b", "c/d"], "limit": ["10"]})
