# Snippet for the 'urllib.parse' adapter (implemented in Python, compiled with the program).
import urllib.parse
from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urljoin, urldefrag, quote, quote_plus,
                          quote_from_bytes, unquote, unquote_plus, unquote_to_bytes, urlencode, parse_qs, parse_qsl,
                          ParseResult, SplitResult, DefragResult)

urls = ["https://User:Pw@Example.COM:8443/a/b;p=1?q=1&r=2#frag", "http://[::1]:80/x", "http://[FE80::1%25eth0]/",
        "mailto:someone@example.com", "file:///etc/hosts", "//host/path", "/just/a/path?x", "relative/p#f", "",
        "HTTP://h/%7Euser", " \t https://h/a\nb?c", "sip:alice@atlanta.com;transport=tcp", "a1+x-.y:rest", "1abc:rest",
        "path:80", "http://h:/p", "http://user@h", "http://:pw@h", "tel:+1-555;ext=2", "http://h?q#f#g", "ftp://h/a;b/c;d",
        "https://h/p?", "https://h/p#"]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print("  ", p, p.geturl() == urlunparse(p), urlunparse(p))
    print("  ", s, urlunsplit(s), s.geturl())
    print("  ", p.username, p.password, p.hostname, p.port, s.hostname)
print(urlparse("www.x.org/p", scheme="http"), urlsplit("h/p#f", allow_fragments=False))
print(urlparse("http://h/p")._replace(path="/q").geturl(), urlparse("http://h/p")[2], tuple(urlsplit("a://b/c?d#e")))
for bad in ["http://h:99999/", "http://h:x1/", "http://h:-1/"]:
    try:
        print(urlparse(bad).port)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["http://[::1/", "http://::1]/"]:
    try:
        urlsplit(bad)
    except ValueError as e:
        print("ValueError:", e)
print(urlunsplit(("http", "h", "p", "q", "f")), urlunsplit(("", "", "//x", "", "")), urlunsplit(("file", "", "/tmp", "", "")))
print(urlunparse(("http", "h", "/p", "a=1", "q", "")), urlunparse(["", "", "x", "", "", ""]))
print(isinstance(urlparse("x"), ParseResult), isinstance(urlsplit("x"), SplitResult), ParseResult("a", "b", "/c", "", "", "").geturl())
print(SplitResult(scheme="s", netloc="n", path="/p", query="q", fragment="f").geturl())

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./",
            "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
            "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "http:g",
            "https:g", "a//b", "../a//b"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://h/a", ""), urljoin("mailto:a@b", "c"), urljoin("http://h/a/b", "ftp://x/y"),
      urljoin("http://h/a#f", "#g", allow_fragments=False), urljoin("svn+ssh://h/a/b", "c"), urljoin("http://h", "p"))
print(urldefrag("http://h/p?q#frag"), urldefrag("http://h/p"), urldefrag("x#").geturl(), urldefrag("http://h/p#f").url,
      DefragResult("u", "f").geturl(), urldefrag("http://h/p;a#f").fragment)

for s in ["a b/c?d", "/é/€", "~user_name-1.0", "", "100%", "a+b&c=d", "日本"]:
    print(repr(s), quote(s), quote(s, safe=""), quote(s, safe="/?&="), quote_plus(s), quote_plus(s, safe="/"))
print(quote("é", encoding="latin-1"), quote("é€", encoding="ascii", errors="replace"), quote(b"a b\xff"), quote(b"a/b", safe=b""))
print(quote_plus(b"a b+c"), quote_plus("a b", safe="+"), quote_from_bytes(b"\x00/ab~"), quote_from_bytes(b"a&b", "&"), quote_from_bytes(b""))
for bad in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"), lambda: quote_from_bytes("x"),
            lambda: quote("é", encoding="ascii")]:
    try:
        print(bad())
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
for s in ["%E2%82%AC%20sign", "a+b%2Bc", "%", "%4", "%zz%41", "%41%4a%4A", "é%C3%A9", "%C3", "%ff%fe", "no escapes", "%%41"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote("%E9", encoding="latin-1"), unquote("%E9%41", errors="ignore"), repr(unquote("%ff", errors="strict") if False else ""),
      unquote(b"%41%42"), unquote_to_bytes(b"a%20b"), unquote_to_bytes(""), unquote_plus("a+%2B", encoding="ascii"))
try:
    unquote("%ff", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

print(urlencode({"q": "a&b c", "n": 5, "x": "é", "b": b"\xff o"}), urlencode([("k", 1), ("k", 2)]), urlencode([]), urlencode({}))
print(urlencode({"k": [1, 2], "s": "ab", "t": (3, "x y"), "n": 7, "b": b"z z"}, doseq=True))
print(urlencode({"k": [1, 2]}), urlencode({"a b": "c/d"}, safe="/"), urlencode({"a b": "c d"}, quote_via=quote))
print(urlencode({"é": "ü"}, encoding="latin-1"), urlencode({"p": "a/b c"}, quote_via=quote, safe=""))
for bad in ["abc", [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print("TypeError:", e, type(e.__cause__).__name__)

qs = "a=1&b=2&a=3&empty=&flag&c=%20x+y&&d=%E9&=v"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True), parse_qs(""), parse_qs("a=1;b=2"), parse_qs("a=1;b=2", separator=";"))
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qsl("d=%E9", encoding="latin-1"), parse_qsl("d=%E9"))
print(parse_qsl(b"a=1&b=%20x+y"), parse_qs(b"k=v&k=w"), parse_qsl("a=%ff", errors="ignore"))
print(parse_qsl("a=1&b=2", max_num_fields=2), parse_qsl("", max_num_fields=0))
for call in [lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2), lambda: parse_qsl("a=1&&b=2", strict_parsing=True),
             lambda: parse_qsl("a=1&b", strict_parsing=True), lambda: parse_qs("a=1", separator=""),
             lambda: parse_qs("a=1", separator=None)]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError:", e)
print(parse_qsl("a=1&b=", strict_parsing=True), parse_qsl("a=1&b=", strict_parsing=True, keep_blank_values=True))
print(urllib.parse.uses_relative, urllib.parse.uses_netloc, urllib.parse.uses_params, urllib.parse.non_hierarchical,
      urllib.parse.uses_query, urllib.parse.uses_fragment, urllib.parse.scheme_chars)
for host in ["::", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7:8", ":1::2", "fe80::1%eth0", "fe80::1%", "::ffff:1.2.3.4",
             "::1.2.3.04", "12345::", "1.2.3.4", "v1.x", "vx.1", "abc"]:
    try:
        print(urlsplit("http://[" + host + "]:8/").hostname)
    except ValueError as e:
        print("ValueError:", e)
