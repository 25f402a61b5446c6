# A report generator built on string.Formatter: a subclass with dotted lookups into nested records, custom
# conversions (!u upper, !t title), a "money" and a "bar" format spec, defaults for missing keys, and a strict
# variant that rejects unused arguments; parse() drives a template checker.
import string


class ReportFormatter(string.Formatter):
    def __init__(self, currency="EUR"):
        self.currency = currency
        self.missing = []

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        if key in kwargs:
            return kwargs[key]
        self.missing.append(key)
        return "?" + key

    def get_field(self, field_name, args, kwargs):
        # "a.b.c" walks into dicts as well as attributes.
        first, _, rest = field_name.partition(".")
        obj, used = super().get_field(first, args, kwargs)
        for part in rest.split(".") if rest else []:
            obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
        return obj, used

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "t":
            return str(value).title()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "money":
            return f"{value:,.2f} {self.currency}"
        if format_spec.startswith("bar"):
            width = int(format_spec[3:] or 10)
            filled = round(value * width)
            return "#" * filled + "." * (width - filled)
        return super().format_field(value, format_spec)


class StrictFormatter(ReportFormatter):
    def check_unused_args(self, used_args, args, kwargs):
        extra = sorted(str(k) for k in list(range(len(args))) + list(kwargs) if k not in used_args)
        if extra:
            raise ValueError("unused arguments: " + ", ".join(extra))


orders = [
    {"id": 17, "customer": {"name": "ada lovelace", "city": "london"}, "total": 1234.5, "done": 0.75},
    {"id": 18, "customer": {"name": "alan turing", "city": "wilmslow"}, "total": 99.0, "done": 0.2},
    {"id": 19, "customer": {"name": "grace hopper", "city": "arlington"}, "total": 100000.0, "done": 1.0},
]
line = "#{order.id:>4} {order.customer.name!t:<14} {order.customer.city!u:>10} {order.total:money} [{order.done:bar8}] {note}"
fmt = ReportFormatter()
for o in orders:
    print(fmt.format(line, order=o, note="ok" if o["done"] == 1.0 else "open"))
print(fmt.format("{0} and {1!r} for {who}", "tea", "cake"), fmt.missing)
print(ReportFormatter("USD").format("{:money} {:>{w}}|", 5.5, "x", w=4))

print("template fields:")
for literal, field, spec, conv in fmt.parse(line):
    if field is not None:
        print(f"  {field:22} spec={spec!r:8} conversion={conv!r}")

strict = StrictFormatter()
print(strict.format("{a}+{b}={c}", a=1, b=2, c=3))
for args, kwargs in [((1,), {"a": 1}), ((), {"a": 1, "b": 2, "c": 3, "d": 4})]:
    try:
        print(strict.format("{a}", *args, **kwargs))
    except ValueError as e:
        print("rejected:", e)
for bad in ["{order.id", "{order!z}", "{0}{}", "total: {total:{width}}}"]:
    try:
        print(fmt.format(bad, 1, order=orders[0], total=3, width=5))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
