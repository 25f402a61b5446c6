# A tiny template engine: {{ var }} substitution, {{ var|filter }}, and {% for %} loops,
# plus string.Template for comparison.
import re
from string import Template

FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title, "len": lambda s: str(len(s)),
           "reverse": lambda s: s[::-1]}


def lookup(ctx, path):
    value = ctx
    for part in path.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def render_vars(text, ctx):
    def repl(m):
        expr = m.group(1).strip()
        name, *filters = [p.strip() for p in expr.split("|")]
        value = str(lookup(ctx, name))
        for f in filters:
            value = FILTERS[f](value)
        return value
    return re.sub(r"\{\{(.*?)\}\}", repl, text)


def render(text, ctx):
    loop = re.compile(r"\{% for (\w+) in ([\w.]+) %\}(.*?)\{% endfor %\}", re.S)

    def expand(m):
        var, seq, body = m.group(1), m.group(2), m.group(3)
        return "".join(render_vars(body, {**ctx, var: item}) for item in lookup(ctx, seq))
    return render_vars(loop.sub(expand, text), ctx)


TEMPLATE = """Dear {{ user.name|title }},
Your order #{{ order.id }} contains {{ order.items|len }} items:
{% for item in order.items %}  - {{ item.name|upper }} x{{ item.qty }}
{% endfor %}Thanks, {{ shop|reverse }}"""

ctx = {"user": {"name": "ada lovelace"}, "shop": "pohs",
       "order": {"id": 1042, "items": [{"name": "gear", "qty": 3}, {"name": "cog", "qty": 12}]}}
ctx["order"]["items"].append({"name": "lever", "qty": 1})
print(render(TEMPLATE, ctx))
t = Template("$who likes $$ and ${what}s")
print(t.substitute(who="Tim", what="kiwi"))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(what="x")
except KeyError as e:
    print("KeyError", e)
