# Builds a small HTML report from user-supplied records (escaping every field), then reads scraped snippets back
# with html.unescape, including named entities without ';', numeric references and unknown names.
import html
from html.entities import name2codepoint, codepoint2name


records = [
    {"name": "Alice & Bob's <Shop>", "note": 'Sells "fresh" fruit', "price": 3.5},
    {"name": "Café Ünïcode", "note": "5 > 3 && 2 < 4", "price": 12.0},
    {"name": "<script>alert('x')</script>", "note": "", "price": 0.99},
]


def render(rows):
    out = ["<table>"]
    for row in rows:
        cells = [html.escape(row["name"]), html.escape(row["note"], quote=False), f"{row['price']:.2f}"]
        out.append("  <tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        out.append(f'  <tr><td title="{html.escape(row["note"])}">tooltip</td></tr>')
    out.append("</table>")
    return "\n".join(out)


page = render(records)
print(page)
print("length:", len(page), "ampersands:", page.count("&"))

scraped = [
    "Fish &amp; Chips &pound;4 &mdash; &copy;2024",
    "x &lt;= y &ge; z &ne; w",
    "&eacute;t&eacute; &Eacute;cole &euro;&nbsp;5",
    "&#72;&#101;&#108;&#108;&#111; &#x57;&#x6F;&#X72;&#x6c;&#x64;",
    "&copyright &notin &notit; &ampersand &lt3",
    "&bogus; &amp &#; &#xZZ; & alone",
    "&#0;|&#128;|&#150;|&#x110000;|&#xD83D;|&#11;",
    "&rarr; &hearts; &check; &star; &frac12; &sup2;",
]
for s in scraped:
    u = html.unescape(s)
    print(f"{s!r:56} -> {u!r}")

# escape/unescape round trip
texts = ["a<b>c", "\"quoted\" & 'single'", "already &amp; escaped", "plain"]
for t in texts:
    e = html.escape(t)
    print(t, "|", e, "|", html.unescape(e) == t)

# entity tables
for name in ["amp", "lt", "eacute", "hearts", "Omega"]:
    cp = name2codepoint[name]
    print(name, cp, hex(cp), chr(cp), codepoint2name[cp])
symbols = sorted(codepoint2name)[:5]
print([(c, codepoint2name[c]) for c in symbols])
