# Designing APIs with keyword-only and positional-only parameters, defaults and validation.


def connect(host, port=5432, /, *, user="admin", timeout=10.0, retries=3, ssl=False):
    return f"{user}@{host}:{port} timeout={timeout} retries={retries} ssl={ssl}"


def resize(image, /, width=None, height=None, *, keep_aspect=True):
    w, h = image
    if width is None and height is None:
        return image
    if keep_aspect:
        if width is not None:
            return (width, round(h * width / w))
        return (round(w * height / h), height)
    return (width or w, height or h)


def log(*messages, sep=" ", level="INFO", **context):
    ctx = " ".join(f"{k}={v}" for k, v in sorted(context.items()))
    return f"[{level}] {sep.join(str(m) for m in messages)}" + (f" ({ctx})" if ctx else "")


print(connect("db.local"))
print(connect("db.local", 6543, user="ro", ssl=True))
for bad in (lambda: connect(host="x"), lambda: connect("x", 1, 2), lambda: connect("x", usr="y")):
    try:
        bad()
    except TypeError:
        print("TypeError")
print(resize((1920, 1080), 960), resize((1920, 1080), height=540), resize((800, 600), 100, 100, keep_aspect=False))
print(log("started", "server"), log("disk", "full", level="WARN", disk="/dev/sda", pct=97), log(sep="-"))
print(log(1, 2, 3, sep="+", user="x"))
