# Matching on strings and numbers: or-patterns of literals, capture with guards over ranges,
# and a unit-conversion parser using sequence patterns on split text.


def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 | 307 | 308:
            return "redirect"
        case 400:
            return "bad request"
        case 401 | 403:
            return "auth problem"
        case 404:
            return "not found"
        case int(c) if 500 <= c < 600:
            return "server error"
        case int():
            return "unknown"
        case _:
            return "not a status code"


FACTORS = {("km", "m"): 1000, ("m", "cm"): 100, ("kg", "g"): 1000, ("h", "min"): 60, ("min", "s"): 60}


def convert(text):
    match text.split():
        case [value, src, "to", dst]:
            v = float(value)
            if (src, dst) in FACTORS:
                return v * FACTORS[(src, dst)]
            if (dst, src) in FACTORS:
                return v / FACTORS[(dst, src)]
            return f"no conversion {src}->{dst}"
        case [value, unit]:
            return f"{value} {unit} (nothing to convert)"
        case _:
            return f"cannot parse {text!r}"


print([http_status(c) for c in (200, 204, 302, 404, 403, 503, 299, "200")])
for t in ["5 km to m", "250 cm to m", "3 h to min", "90 s to min", "1 kg to lb", "7 kg", "hello there you all now"]:
    print(t, "->", convert(t))
