# Snippet for the string module (Stdlib/Python/string.py: Formatter; the _string half in Rust: constants, capwords, Template).
import string
from string import capwords, digits

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(digits, string.digits)
print(string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(string.capwords("hello   wide world"), capwords("a-b c-d", "-"))
print(capwords("  leading and trailing  "), string.capwords("ÉCOLE école"))
print(sum(c in string.hexdigits for c in "deadBEEFxyz"))
print(string.digits is string.digits)
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="pie"), t.substitute({"who": "ann", "what": "tea"}), t.safe_substitute(who="x"), t.template)
print(t.get_identifiers(), t.is_valid(), string.Template("$").is_valid(), string.Template.delimiter, t.idpattern, t.braceidpattern)
try:
    t.substitute(who="y")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("a\n  $ b").substitute()
except ValueError as e:
    print("ValueError", e)
from string import Formatter
f = string.Formatter()
print(f.format("{0} has {1:>5} apples, {name!r:^9}|{0.real}|{2[k]}|{3[1]}", 7, 12, {"k": "v"}, [1, 2], name="amy"))
print(f.format("{:{width}.{prec}f}|{:>{}}", 3.14159, "x", 4, width=10, prec=2), f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(f.format("{{literal}} {} {}", "a", "b"), f.format("{!s}{!r}{!a}", "é", "é", "é"), f.format(""))
for text in ["x={x:>4} y={y}!", "{{a}}", "a{{b}}c", "{0!r:>{1}}", "{a[0].b}", "no fields", "{}", "{:}", "{!r}", "end{", "}"]:
    try:
        print(repr(text), list(f.parse(text)))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
print(f.get_field("0.real", (5,), {}), f.get_field("k[2]", (), {"k": "abc"}), f.get_value(1, ("a", "b"), {}), f.get_value("k", (), {"k": 3}))
print(f.convert_field("x", "r"), f.convert_field(3, None), f.convert_field("é", "a"), f.format_field(3.5, "08.3f"), f.check_unused_args({0}, (1, 2), {}))
for text, args in [("{}{0}", (1,)), ("{0}{}", (1,)), ("{!x}", (1,)), ("{0!rr}", (1,)), ("{0[}", (1,)), ("{0.}", (1,)),
                   ("{:{:{}}}", (1, 2, 3)), ("{5}", (1,)), ("{nokey}", ()), ("{0[a]x}", ({"a": 1},)), ("{{x}", ())]:
    try:
        print(repr(text), f.format(text, *args))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(text), type(e).__name__, e)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(map(str, unused))))


class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "money":
            return "$%.2f" % value
        return super().format_field(value, format_spec)


print(Strict().format("{0} {a}", 1, a=2))
try:
    Strict().format("{0}", 1, 2, b=3)
except ValueError as e:
    print("ValueError:", e)
d = Defaulting()
print(d.format("{name!u} owes {amount:money} to {who}", name="bob", amount=3.5), d.vformat("{0} {x!u}", ("a",), {}))
