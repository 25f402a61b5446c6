# Parsing an INI-style configuration by hand: sections, key=value, comments, type coercion,
# interpolation of ${section.key} references.
import re

CONFIG = """
; global settings
[server]
host = 0.0.0.0
port = 8080
debug = yes
workers = 4

[database]
url = postgres://${server.host}:5432/app
pool = 10
timeout = 2.5  # seconds

[paths]
root = /srv/app
static = ${paths.root}/static
logs = ${paths.root}/logs
"""


def coerce(v):
    low = v.lower()
    if low in ("yes", "true", "on"):
        return True
    if low in ("no", "false", "off"):
        return False
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    return v


def parse(text):
    data, section = {}, None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#")[0].strip()
        if not line or line.startswith(";"):
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            section = data.setdefault(m.group(1), {})
        elif "=" in line and section is not None:
            k, v = (p.strip() for p in line.split("=", 1))
            section[k] = v
        else:
            raise ValueError(f"line {lineno}: cannot parse {raw!r}")
    ref = re.compile(r"\$\{(\w+)\.(\w+)\}")
    for sec in data.values():
        for k, v in sec.items():
            while ref.search(v):
                v = ref.sub(lambda m: data[m.group(1)][m.group(2)], v)
            sec[k] = coerce(v)
    return data


cfg = parse(CONFIG)
for section, values in cfg.items():
    print(f"[{section}]")
    for k, v in values.items():
        print(f"  {k} = {v!r} ({type(v).__name__})")
try:
    parse("[a]\nkey value")
except ValueError as e:
    print("error:", e)
