# Validating nested configuration dictionaries with mapping/sequence/class patterns.

CONFIGS = [
    {"server": {"host": "example.com", "port": 443}, "workers": 4, "tls": True},
    {"server": {"host": "localhost", "port": "8080"}, "workers": 2},
    {"server": {"host": "db", "port": 5432}, "workers": 0},
    {"server": {"socket": "/tmp/app.sock"}, "workers": 1, "tls": False},
    {"servers": [{"host": "a", "port": 1}, {"host": "b", "port": 2}], "workers": 8},
    {"servers": [], "workers": 1},
    {"workers": 3},
    ["not", "a", "dict"],
]


def check(cfg):
    match cfg:
        case {"server": {"host": str(h), "port": int(p)}, "workers": int(w)} if 1 <= p <= 65535 and w > 0:
            tls = cfg.get("tls", False)
            return f"ok: {h}:{p} x{w}" + (" (tls)" if tls else "")
        case {"server": {"host": _, "port": str(p)}}:
            return f"error: port must be an int, got {p!r}"
        case {"server": {"host": _, "port": _}, "workers": int(w)} if w <= 0:
            return f"error: workers must be positive, got {w}"
        case {"server": {"socket": str(path)}, "workers": int(w)}:
            return f"ok: unix socket {path} x{w}"
        case {"servers": [{"host": str(first), **extra}, *others], "workers": int(w)}:
            return f"ok: cluster {first}+{len(others)} x{w}"
        case {"servers": []}:
            return "error: empty server list"
        case dict():
            return f"error: no server section in keys {sorted(cfg)}"
        case _:
            return f"error: config must be a mapping, got {type(cfg).__name__}"


for c in CONFIGS:
    print(check(c))
